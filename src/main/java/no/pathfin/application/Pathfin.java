package no.pathfin.application;

import no.pathfin.application.batch.AssessActivity;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.financing.CompareIncome;
import no.pathfin.application.financing.FinancePlan;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.CompareVariants;
import no.pathfin.application.projection.ProjectFinancing;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.risk.AssessDesignRisk;
import no.pathfin.application.ruleset.ValidateRuleSets;
import no.pathfin.application.workbench.AssessRuleChange;
import no.pathfin.application.workbench.CheckFixtures;
import no.pathfin.application.workbench.CheckPlanFixtures;
import no.pathfin.application.workbench.FindBreakEven;
import no.pathfin.application.workbench.ShiftChannels;

/**
 * Every use case over one set of rule sets and pathway fixtures. Only the wiring classes of the front ends
 * ({@code WebServer}, {@code CommandFactory}) take it; each controller and command is given the use cases it calls.
 */
public record Pathfin(RuleSets ruleSets, PathwayCatalog pathways, SelectPathways selectPathways, PricePathway pricePathway,
                      CompareVariants compareVariants, CompareIncome compareIncome, FinancePlan financePlan,
                      RepriceActivity repriceActivity, AssessActivity assessActivity, AssessRuleChange assessRuleChange,
                      FindBreakEven findBreakEven, CheckFixtures checkFixtures, CheckPlanFixtures checkPlanFixtures,
                      ShiftChannels shiftChannels, ProjectFinancing projectFinancing,
                      ValidateRuleSets validateRuleSets, AssessDesignRisk assessDesignRisk) {

    /** Decisions kept of each kind (per-contact, bundle, period) by the decision cache the use cases share. */
    public static final int DECISIONS_KEPT = 50_000;

    /** The use cases, sharing one decision cache of {@link #DECISIONS_KEPT} decisions of each kind. */
    public static Pathfin of(RuleSets ruleSets, PathwayCatalog pathways) {
        return of(ruleSets, pathways, DecisionCache.bounded(DECISIONS_KEPT));
    }

    public static Pathfin of(RuleSets ruleSets, PathwayCatalog pathways, DecisionCache decisions) {
        PricePathway price = new PricePathway(ruleSets, decisions);
        CompareVariants compare = new CompareVariants(ruleSets, price);
        FinancePlan finance = new FinancePlan(ruleSets, price);
        AssessRuleChange assess = new AssessRuleChange(ruleSets, price, finance);
        RepriceActivity reprice = new RepriceActivity(ruleSets, price, decisions);
        CompareIncome income = new CompareIncome(compare, finance);
        return new Pathfin(ruleSets, pathways, new SelectPathways(pathways), price, compare, income, finance, reprice,
                new AssessActivity(reprice, Runtime.getRuntime().availableProcessors()), assess,
                new FindBreakEven(ruleSets, price, finance), new CheckFixtures(pathways, price),
                new CheckPlanFixtures(pathways, assess), new ShiftChannels(price),
                new ProjectFinancing(ruleSets, reprice, decisions), new ValidateRuleSets(pathways),
                new AssessDesignRisk(income));
    }
}
