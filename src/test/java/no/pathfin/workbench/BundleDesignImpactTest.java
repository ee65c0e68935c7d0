package no.pathfin.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.workbench.Impact;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** The bundle designs candidate against isf-2024 under the bundle model: what the options change, and why. */
class BundleDesignImpactTest {

    private static Pathway fixture(String id) {
        return TestPathfin.get().pathways().byId(id).orElseThrow().pathway();
    }

    @Test
    void the_exclusion_is_its_own_item_and_the_options_isf_2024s_bundle_lacks_are_one_item_together() {
        List<Pathway> pathways = List.of(fixture("hip-replacement-A"), fixture("hip-replacement-F-early-revision"),
                fixture("hip-special-cases-unrelated-surgery"), fixture("hip-special-cases-fast-track-day-surgery"));

        Impact impact = TestPathfin.get().assessRuleChange().assess("isf-2024", "candidate-2025-bundle-designs",
                ParameterChanges.NONE, pathways, FinancingModel.BUNDLE);

        // A: 42 436.53 − 43 749.00 = −1 312.47 (the discount); F: 74 735.54 − 57 646.97 = 17 088.57 (the stop-loss);
        // unrelated: 88 414.77 − 55 557.05 = 32 857.72 (the exclusion); fast track: 16 802.96 − 43 749.00 = −26 946.04
        // (the stop-gain); −1 312.47 + 17 088.57 + 32 857.72 − 26 946.04 = 21 687.78
        assertEquals(Money.of("21687.78"), impact.summary().difference());
        assertEquals(impact.summary().difference(), impact.attribution().total());
        // no exclusion is an empty list of group codes, so the exclusion is a parameter of its own; the options
        // isf-2024's bundle lacks (discount, quality, corridor) are one item together
        assertEquals(List.of("bundles.hip-replacement-bundle.excludedGroupCodes", "other parameter changes"),
                impact.attribution().contributions().stream().map(c -> c.item()).toList());
        assertEquals("bundle hip-replacement-bundle definition", impact.attribution().contributions().get(1).description());
        assertEquals(Money.of("21687.78"), impact.attribution().contributions().stream()
                .map(c -> c.amount()).reduce(Money.ZERO, Money::plus));
    }

    @Test
    void a_corridor_side_both_have_is_attributed_as_its_own_parameter() {
        ParameterChanges stopLoss = ParameterChanges.of(no.pathfin.domain.ruleset.ParameterPath.bundle(
                "hip-replacement-bundle", no.pathfin.domain.ruleset.ParameterField.BUNDLE_CORRIDOR_STOP_LOSS),
                new java.math.BigDecimal("0.05"));

        Impact impact = TestPathfin.get().assessRuleChange().assess("candidate-2025-bundle-designs",
                "candidate-2025-bundle-designs", stopLoss, List.of(fixture("hip-replacement-F-early-revision")),
                FinancingModel.BUNDLE);

        // 93 419.43 × 0.95 = 88 748.46 instead of 93 419.43 × 0.80 = 74 735.54: 88 748.46 − 74 735.54 = 14 012.92
        assertEquals(Money.of("14012.92"), impact.summary().difference());
        assertEquals(List.of("bundles.hip-replacement-bundle.corridor.stopLoss"),
                impact.attribution().contributions().stream().map(c -> c.item()).toList());
    }
}
