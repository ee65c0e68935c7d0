package no.pathfin.domain.costing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.WeightTable;

/**
 * What contacts cost the hospital, by one rule set's figures: a KPP-style cost per group code where the rule set
 * states one, otherwise cost weight × a unit cost per point of the contact's scheme; times a factor for the mode (a
 * video or phone contact costs a fraction of an attendance) and one for ambulant work; rounded once per contact, to
 * øre, half up. Personnel minutes per contact kind, mode and group. Not a payment figure: it is what a margin is
 * taken from.
 *
 * @param unitCostPerPoint  kroner a point costs, per scheme, with its source
 * @param groupCosts        KPP-style cost per contact or stay, by group code (may be empty)
 * @param modeFactors       cost of a contact in this mode as a fraction of an attendance (in person is 1)
 * @param ambulantFactor    multiplies the cost and the minutes of ambulant work (travel)
 * @param marginalCostShare the cost of one more pathway as a share of its average cost
 * @param minutes           personnel minutes by contact kind, mode and group
 */
public record CostModel(Map<Setting, Factor> unitCostPerPoint, Map<String, GroupCost> groupCosts,
                        Map<ContactMode, Factor> modeFactors, Factor ambulantFactor, Factor marginalCostShare,
                        List<PersonnelMinutes> minutes) {

    /** A KPP-style cost for one group code, in kroner per contact or stay. */
    public record GroupCost(String groupCode, BigDecimal cost, String source) {
    }

    private static final String NO_FACTOR = "no factor stated: 1";

    public CostModel {
        unitCostPerPoint = Map.copyOf(unitCostPerPoint);
        groupCosts = Map.copyOf(groupCosts);
        modeFactors = Map.copyOf(modeFactors);
        minutes = List.copyOf(minutes);
        for (Setting setting : Setting.values()) {
            if (!unitCostPerPoint.containsKey(setting)) {
                throw new IllegalArgumentException("no unit cost per point for " + setting);
            }
        }
    }

    /**
     * The model a rule set that states none gets: cost weight × its own unit price, no mode or ambulant factor, no
     * personnel minutes.
     */
    public static CostModel byUnitPrice(Map<Setting, BigDecimal> unitPrices, String ruleSetId) {
        Map<Setting, Factor> perPoint = new EnumMap<>(Setting.class);
        unitPrices.forEach((setting, price) -> perPoint.put(setting, new Factor("unit cost per point", price,
                "ASSUMPTION: the unit price of " + ruleSetId + " stands for the average cost of a point (no cost"
                        + " model stated)")));
        return new CostModel(perPoint, Map.of(), Map.of(), new Factor("ambulant factor", BigDecimal.ONE, NO_FACTOR),
                new Factor("marginal cost share", BigDecimal.ONE, NO_FACTOR), List.of());
    }

    /** What a pathway's contacts cost, line by line, and the personnel minutes they take. */
    public PathwayCost cost(Pathway pathway, WeightTable weights) {
        List<ContactCost> lines = new ArrayList<>();
        for (Contact contact : pathway.contacts()) {
            lines.add(cost(contact, weights));
        }
        return new PathwayCost(lines, marginalCostShare);
    }

    /** What one contact costs: its base cost (KPP or weight × unit cost) × its mode factor × the ambulant factor. */
    public ContactCost cost(Contact contact, WeightTable weights) {
        return cost(contact.id(), contact.profile(), weights);
    }

    /** What a contact of this profile costs (the profile holds everything the cost depends on). */
    public ContactCost cost(String contactId, ContactProfile contact, WeightTable weights) {
        List<Factor> factors = new ArrayList<>();
        StringBuilder formula = new StringBuilder();
        BigDecimal exact;
        Optional<GroupCost> kpp = Optional.ofNullable(groupCosts.get(contact.groupCode()));
        if (kpp.isPresent()) {
            exact = kpp.get().cost();
            factors.add(new Factor("cost of " + contact.groupCode(), exact, kpp.get().source()));
            formula.append(Numbers.grouped(exact));
        } else {
            CostWeight weight = weights.find(contact.groupCode()).orElseThrow(() -> new InvalidValue("groupCode",
                    "group code " + contact.groupCode() + " has neither a cost nor a cost weight"));
            Factor perPoint = unitCostPerPoint.get(contact.setting());
            factors.add(new Factor("cost weight", weight.weight(), weight.source()));
            factors.add(perPoint);
            exact = weight.weight().multiply(perPoint.value());
            formula.append(Numbers.plain(weight.weight())).append(" × ").append(Numbers.grouped(perPoint.value()));
        }
        Factor mode = modeFactors.get(contact.mode());
        if (mode != null) {
            factors.add(mode);
            exact = exact.multiply(mode.value());
            formula.append(" × ").append(Numbers.plain(mode.value())).append(" (").append(mode.name()).append(")");
        }
        Map<PersonnelGroup, BigDecimal> minutes = PersonnelMinutes.of(this.minutes, contact);
        if (contact.ambulant()) {
            factors.add(ambulantFactor);
            exact = exact.multiply(ambulantFactor.value());
            formula.append(" × ").append(Numbers.plain(ambulantFactor.value())).append(" (ambulant)");
            minutes.replaceAll((group, m) -> m.multiply(ambulantFactor.value()));
        }
        Money amount = Money.rounded(exact);
        formula.append(" = ").append(Numbers.grouped(amount.kroner()));
        return new ContactCost(contactId, amount, exact, formula.toString(), factors, minutes);
    }
}
