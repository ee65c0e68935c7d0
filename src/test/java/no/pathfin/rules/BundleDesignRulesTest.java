package no.pathfin.rules;

import static no.pathfin.support.Pricing.fired;
import static no.pathfin.support.Pricing.kr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * rules/common/bundle.drl's design options on the real engine, under candidate-2025-bundle-designs: each option is a
 * component of the anchor's line, in the one order price → discount → quality → outlier → corridor, naming the rule
 * that fired; an excluded contact is priced per contact saying why; the anchor's line says which date priced it.
 */
class BundleDesignRulesTest {

    private static final String DESIGNS = "candidate-2025-bundle-designs";

    private static PathwayPricing bundle(String pathwayId, String ruleSet) {
        Pathway pathway = TestPathfin.get().pathways().byId(pathwayId).orElseThrow().pathway();
        return TestPathfin.get().pricePathway().price(pathway, FinancingModel.BUNDLE, ruleSet);
    }

    @Test
    void an_early_revision_takes_the_discount_the_quality_reduction_the_outlier_and_the_stop_loss_in_that_order() {
        PricedContact anchor = bundle("hip-replacement-F-early-revision", DESIGNS).line("F2");

        assertEquals(List.of("bundle price", "bundle discount", "bundle quality reduction", "bundle outlier payment",
                "bundle corridor adjustment"), anchor.components().stream().map(Component::label).toList());
        // 43 749.00 − 1 312.47 − 2 121.83 + 13 897.97 + 20 522.87 = 74 735.54
        assertEquals(List.of(kr("43749.00"), kr("-1312.47"), kr("-2121.83"), kr("13897.97"), kr("20522.87")),
                anchor.components().stream().map(Component::amount).toList());
        assertEquals(kr("74735.54"), anchor.amount());
        assertTrue(fired(anchor).contains("A bundle with a discount pays its price less the discount"));
        assertTrue(fired(anchor).contains("A quality event inside the episode window reduces the bundle payment"));
        assertTrue(fired(anchor).contains(
                "A bundle payment is kept within the risk corridor around the episode's per-contact value"));
        assertTrue(anchor.components().get(2).formula().contains("HIP-REVISION at contact F3"),
                anchor.components().get(2).formula());
        assertTrue(anchor.components().get(1).factors().get(1).source().startsWith("MED: CMS CJR"),
                anchor.components().get(1).factors().get(1).source());
        assertTrue(anchor.rulesFired().stream().anyMatch(r -> r.regulation().contains("BPCI Advanced")));
        // the rules that priced the anchor are listed in the order they apply
        List<String> fired = fired(anchor);
        assertEquals(List.of("The anchor contact earns the bundle price",
                "A bundle with a discount pays its price less the discount",
                "A quality event inside the episode window reduces the bundle payment",
                "An episode worth more than the outlier threshold also earns a share of the excess",
                "A bundle payment is kept within the risk corridor around the episode's per-contact value"),
                fired.subList(fired.size() - 5, fired.size()));
    }

    @Test
    void an_excluded_group_code_inside_the_window_is_priced_per_contact_and_left_out_of_the_episode_value() {
        PathwayPricing pricing = bundle("hip-special-cases-unrelated-surgery", DESIGNS);

        PricedContact unrelated = pricing.line("U4");
        assertEquals(kr("45978.24"), unrelated.amount()); // 2.200 × 52 248 × 0.40
        assertTrue(fired(unrelated).contains("A contact with one of the bundle's excluded group codes is priced per contact"));
        assertTrue(unrelated.notes().stream().anyMatch(n -> n.contains("group code SURG-STAY is excluded from"
                + " hip-replacement-bundle")), unrelated.notes().toString());
        // V = 835.97 + 41 798.40 + 626.98 = 43 261.35: 42 436.53 lies within 34 609.08 and 51 913.62
        assertEquals(kr("42436.53"), pricing.line("U2").amount());
        assertTrue(pricing.line("U2").notes().stream().anyMatch(n -> n.contains("43 261.35: no adjustment")),
                pricing.line("U2").notes().toString());
    }

    @Test
    void the_stop_gain_brings_a_payment_far_above_the_episodes_value_down_to_its_cap() {
        PricedContact anchor = bundle("hip-special-cases-fast-track-day-surgery", DESIGNS).line("T2");

        // 14 002.47 × 1.20 = 16 802.96; 16 802.96 − 42 436.53 = −25 633.57
        assertEquals(kr("-25633.57"), anchor.components().get(2).amount());
        assertEquals(kr("16802.96"), anchor.amount());
        assertTrue(anchor.components().get(2).formula().contains("stop-gain"), anchor.components().get(2).formula());
    }

    @Test
    void the_anchors_line_says_the_bundle_is_priced_by_the_anchors_date() {
        Pathway pathway = TestPathfin.get().pathways().byId("year-boundary-hip-2019-2020").orElseThrow().pathway();
        PricedContact anchor = TestPathfin.get().pricePathway().price(pathway, FinancingModel.BUNDLE, null).line("Y2");

        assertEquals("isf-2020", anchor.ruleSetId());
        assertTrue(anchor.notes().contains("priced by the anchor's date, 2020-01-08: the bundle of isf-2020, the rule"
                + " set valid on that date, whatever the dates of the contacts it covers"), anchor.notes().toString());
        PricedContact named = bundle("hip-replacement-A", "isf-2024").line("A2");
        assertTrue(named.notes().stream().anyMatch(n -> n.startsWith("priced by the bundle of isf-2024, the rule set"
                + " named")), named.notes().toString());
    }

    @Test
    void isf_2024s_bundle_has_no_design_option_and_pays_as_before() {
        PricedContact anchor = bundle("hip-replacement-F-early-revision", "isf-2024").line("F2");

        assertEquals(List.of("bundle price", "bundle outlier payment"),
                anchor.components().stream().map(Component::label).toList());
        assertEquals(kr("57646.97"), anchor.amount());
    }

    @Test
    void an_overridden_outlier_threshold_names_the_override_as_the_source_of_its_factor() {
        Pathway pathway = TestPathfin.get().pathways().byId("hip-replacement-F-early-revision").orElseThrow().pathway();
        var threshold = no.pathfin.domain.ruleset.ParameterChanges.of(no.pathfin.domain.ruleset.ParameterPath.bundle(
                "hip-replacement-bundle", no.pathfin.domain.ruleset.ParameterField.BUNDLE_OUTLIER_THRESHOLD_FACTOR),
                new java.math.BigDecimal("2"));

        PricedContact anchor = TestPathfin.get().pricePathway().price(pathway, FinancingModel.BUNDLE, "isf-2024",
                threshold).line("F2");

        // 2 × 43 749.00 = 87 498.00; (93 419.43 − 87 498.00) × 0.5 = 2 960.715 → 2 960.72
        Component outlier = anchor.components().get(1);
        assertEquals(kr("2960.72"), outlier.amount());
        assertEquals("threshold factor × bundle price (threshold factor: override in this request (rule set value 1.5))",
                outlier.factors().get(1).source());
    }
}
