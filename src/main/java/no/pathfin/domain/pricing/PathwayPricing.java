package no.pathfin.domain.pricing;

import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.RuleSetUse;

/** A pathway priced under one financing model: every contact's line and the total, which is their exact sum. */
public record PathwayPricing(Pathway pathway, FinancingModel model, String requestedRuleSet, ParameterChanges overrides,
                             List<RuleSetUse> ruleSetsUsed, List<PricedContact> lines, Money total) {

    public PathwayPricing {
        lines = List.copyOf(lines);
        ruleSetsUsed = List.copyOf(ruleSetsUsed);
        Money sum = lines.stream().map(PricedContact::amount).reduce(Money.ZERO, Money::plus);
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("total " + total + " is not the sum of the lines " + sum);
        }
    }

    public static PathwayPricing of(Pathway pathway, FinancingModel model, String requestedRuleSet, ParameterChanges overrides,
                                    List<RuleSetUse> ruleSetsUsed, List<PricedContact> lines) {
        Money sum = lines.stream().map(PricedContact::amount).reduce(Money.ZERO, Money::plus);
        return new PathwayPricing(pathway, model, requestedRuleSet, overrides, ruleSetsUsed, lines, sum);
    }

    public PricedContact line(String contactId) {
        return lines.stream().filter(l -> l.contact().id().equals(contactId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contact " + contactId + " in " + pathway.id()));
    }
}
