package no.pathfin.application;

import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.CompareVariants;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.ruleset.ValidateRuleSets;
import no.pathfin.application.workbench.AssessRuleChange;
import no.pathfin.application.workbench.CheckFixtures;
import no.pathfin.application.workbench.FindBreakEven;
import no.pathfin.application.workbench.ShiftChannels;

/** The use cases over one set of rule sets and pathway fixtures, as a front end (CLI, REST) sees them. */
public record Pathfin(RuleSets ruleSets, PathwayCatalog pathways, SelectPathways selectPathways, PricePathway pricePathway,
                      CompareVariants compareVariants, RepriceActivity repriceActivity, AssessRuleChange assessRuleChange,
                      FindBreakEven findBreakEven, CheckFixtures checkFixtures, ShiftChannels shiftChannels,
                      ValidateRuleSets validateRuleSets) {

    public static Pathfin of(RuleSets ruleSets, PathwayCatalog pathways) {
        PricePathway price = new PricePathway(ruleSets);
        return new Pathfin(ruleSets, pathways, new SelectPathways(pathways), price, new CompareVariants(ruleSets, price), new RepriceActivity(ruleSets, price),
                new AssessRuleChange(ruleSets, price), new FindBreakEven(ruleSets, price),
                new CheckFixtures(pathways, price), new ShiftChannels(price),
                new ValidateRuleSets(pathways));
    }
}
