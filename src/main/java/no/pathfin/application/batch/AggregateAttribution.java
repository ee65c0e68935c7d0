package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.workbench.ChangeSet;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.workbench.Attribution;

/** Attribution of a year's baseline-to-candidate difference, computed on the aggregated counts. */
final class AggregateAttribution {

    /** Each profile's line amount under some rules and parameters. */
    interface Prices {
        List<Money> of(RuleSet rules, Parameters parameters, List<ContactProfile> profiles);
    }

    private AggregateAttribution() {
    }

    /**
     * The baseline-to-candidate difference attributed to each change, for the total and per setting: the profiles
     * are priced through the rules under every mix of changes and multiplied by the counts (per contact only).
     */
    static Map<String, Attribution.Result> of(List<RepriceActivity.Scenario> scenarios, List<RuleSet> ruleSets,
                                              List<ContactProfile> profiles, List<Repricing.Cell> cells, Prices prices,
                                              ActivityMoney money, Compensation compensation) {
        if (scenarios.size() < 2 || scenarios.get(0).model() != FinancingModel.PER_CONTACT
                || scenarios.get(1).model() != FinancingModel.PER_CONTACT) {
            throw new InvalidRequestException("scenarios", "attribution compares the first two scenarios, both per contact");
        }
        ChangeSet changes = new ChangeSet(ruleSets.get(0), ruleSets.get(1), ruleSets.get(1).parameters());
        Map<Long, Map<ContactProfile, Long>> units = new HashMap<>();
        LongFunction<Map<ContactProfile, Long>> priced = mask -> units.computeIfAbsent(mask, m -> {
            List<Money> amounts = prices.of(changes.rules(m), changes.parameters(m), profiles);
            Map<ContactProfile, Long> byProfile = new HashMap<>();
            for (int i = 0; i < profiles.size(); i++) {
                byProfile.put(profiles.get(i), amounts.get(i).kroner().movePointRight(2).longValueExact());
            }
            return byProfile;
        });
        Map<String, Attribution.Result> results = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(List.of("total"));
        cells.stream().map(c -> Codes.of(c.profile().setting())).distinct().sorted().forEach(keys::add);
        for (String key : keys) {
            List<Repricing.Cell> selected = cells.stream().filter(c -> key.equals("total")
                    || Codes.of(c.profile().setting()).equals(key)).toList();
            results.put(key, Attribution.split(changes.items(), changes.descriptions(), mask -> {
                Map<ContactProfile, Long> unit = priced.apply(mask);
                long total = 0;
                for (Repricing.Cell cell : selected) {
                    total += unit.get(cell.profile()) * cell.contacts();
                }
                return total;
            }));
        }
        results.put(INCOME, Attribution.split(changes.items(), changes.descriptions(), mask -> {
            Map<ContactProfile, Long> unit = priced.apply(mask);
            long total = 0;
            for (Repricing.Cell cell : cells) {
                total += unit.get(cell.profile()) * cell.contacts();
            }
            Parameters parameters = changes.parameters(mask);
            for (ActivityMoney.Line line : money.lines()) {
                Money grant = switch (compensation) {
                    case NONE -> line.figures().get(0).blockGrant();
                    case SHARE -> FinanceActivity.grant(parameters, ruleSets.get(0).parameters(), line.scheme(),
                            line.plannedPoints());
                    // the grant makes up the ISF lost at plan (the activity): income is the baseline's, whatever the mix
                    case NEUTRAL -> line.figures().get(0).income();
                };
                total += grant.kroner().movePointRight(2).longValueExact();
            }
            if (compensation == Compensation.NEUTRAL) {
                for (Repricing.Cell cell : cells) {
                    total -= unit.get(cell.profile()) * cell.contacts();
                }
            }
            return total;
        }));
        return results;
    }

    /** The key of the attribution of income (ISF + the block grant, compensated as asked). */
    static final String INCOME = "income";
}
