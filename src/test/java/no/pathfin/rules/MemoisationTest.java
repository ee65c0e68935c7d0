package no.pathfin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * Decisions under a rule set's own parameters are memoised by contact profile and by episode shape. Overrides that
 * restate the rule set's own values give a new parameter object, which is never memoised: pricing through both
 * must give the same lines, rules and amounts, for every fixture, rule set and model, run after run.
 */
class MemoisationTest {


    @Test
    void memoised_and_fresh_pricing_agree_on_every_line_of_every_fixture() {
        for (int round = 0; round < 2; round++) {
            for (PathwayFixture fixture : TestPathfin.get().pathways().all()) {
                for (String ruleSet : List.of("isf-2018", "isf-2019", "isf-2020", "isf-2024", "isf-2025-plan",
                        "candidate-2025-package")) {
                    for (FinancingModel model : FinancingModel.values()) {
                        PathwayPricing memoised = TestPathfin.get().pricePathway().price(fixture.pathway(), model, ruleSet);
                        PathwayPricing fresh = TestPathfin.get().pricePathway().price(fixture.pathway(), model, ruleSet,
                                overridesRestating(ruleSet));
                        assertEquals(lines(fresh), lines(memoised), fixture.file() + " " + ruleSet + " " + model);
                    }
                }
            }
        }
    }

    private static ParameterChanges overridesRestating(String ruleSet) {
        BigDecimal share = TestPathfin.get().ruleSets().byId(ruleSet).orElseThrow().parameters()
                .tariff(Setting.SOMATIC).isfShare();
        return no.pathfin.support.Changes.share(Setting.SOMATIC, share.toPlainString());
    }

    private static List<String> lines(PathwayPricing pricing) {
        return pricing.lines().stream().map(MemoisationTest::line).toList();
    }

    private static String line(PricedContact l) {
        return l.contact().id() + " " + l.amount() + " " + l.ruleSetId() + " "
                + l.rulesFired().stream().map(r -> r.name()).toList() + " "
                + l.components().stream().map(c -> c.label() + "=" + c.amount()).toList() + " " + l.notes().size();
    }
}
