package no.pathfin.application;

import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSets;

/** The use cases over one set of rule sets and pathway fixtures, as a front end (CLI, REST) sees them. */
public record Pathfin(RuleSets ruleSets, PathwayCatalog pathways, PricePathway pricePathway,
                      CompareVariants compareVariants, RepriceActivity repriceActivity, AssessRuleChange assessRuleChange,
                      FindBreakEven findBreakEven, CheckFixtures checkFixtures, ShiftChannels shiftChannels,
                      ValidateRuleSets validateRuleSets) {

    public static Pathfin of(RuleSets ruleSets, PathwayCatalog pathways) {
        PricePathway price = new PricePathway(ruleSets);
        return new Pathfin(ruleSets, pathways, price, new CompareVariants(ruleSets, price), new RepriceActivity(ruleSets, price),
                new AssessRuleChange(ruleSets, price), new FindBreakEven(ruleSets, price),
                new CheckFixtures(pathways, price), new ShiftChannels(price),
                new ValidateRuleSets(pathways));
    }
}
