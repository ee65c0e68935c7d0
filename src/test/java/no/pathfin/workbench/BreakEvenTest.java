package no.pathfin.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.application.workbench.FindBreakEven;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.support.Changes;
import no.pathfin.domain.workbench.BlockGrantCompensation;
import no.pathfin.domain.workbench.BreakEven;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * Budget-neutral bundle prices and break-even unit prices, found through the rules, exact to the øre.
 *
 * <p>Per-contact totals of the hip variants under isf-2024, from their fixtures (weight × 52 248 × 0.40 a line):
 * A 835.97 + 41 798.40 + 626.98 + 626.98 = 43 888.33; B 835.97 + 41 798.40 + 626.98 = 43 261.35;
 * C 835.97 + 835.97 + 41 798.40 + 626.98 = 44 097.32.
 */
class BreakEvenTest {

    private static final List<String> HIP_VARIANTS = List.of("hip-replacement-A", "hip-replacement-B", "hip-replacement-C");

    private static FindBreakEven.Variant variant(String id, long volume) {
        return new FindBreakEven.Variant(TestPathfin.get().pathways().byId(id).orElseThrow().pathway(), volume);
    }

    @Test
    void the_budget_neutral_bundle_price_reproduces_the_per_contact_total_to_the_ore() {
        BreakEven price = TestPathfin.get().findBreakEven().budgetNeutralBundlePrice("isf-2024", null, List.of(
                variant("hip-replacement-A", 1), variant("hip-replacement-B", 1), variant("hip-replacement-C", 1)));

        // (43 888.33 + 43 261.35 + 44 097.32) / 3 = 131 247.00 / 3 = 43 749.00, the price stated in bundles.yaml
        assertEquals(Money.of("43749.00"), price.price());
        // 43 888.33 + 43 261.35 + 44 097.32 = 131 247.00
        assertEquals(Money.of("131247.00"), price.target());
        // 3 × 43 749.00 = 131 247.00: each variant is one episode paid the bundle price
        assertEquals(price.target(), price.total());
        // 131 247.00 − 131 247.00 = 0.00
        assertEquals(Money.ZERO, price.residual());
        // 43 749.00 − 43 888.33 = −139.33; 43 749.00 − 43 261.35 = 487.65; 43 749.00 − 44 097.32 = −348.32
        assertEquals(List.of(Money.of("-139.33"), Money.of("487.65"), Money.of("-348.32")),
                price.effects().stream().map(BreakEven.Effect::difference).toList());
        assertTrue(price.method().startsWith("bisection over whole øre"));
    }

    @Test
    void with_volumes_the_price_is_the_whole_ore_nearest_to_budget_neutral() {
        BreakEven price = TestPathfin.get().findBreakEven().budgetNeutralBundlePrice("isf-2024", "hip-replacement-bundle",
                List.of(variant("hip-replacement-A", 2), variant("hip-replacement-B", 1), variant("hip-replacement-C", 1)));

        // target 2 × 43 888.33 + 43 261.35 + 44 097.32 = 87 776.66 + 43 261.35 + 44 097.32 = 175 135.33
        assertEquals(Money.of("175135.33"), price.target());
        // over 4 episodes: 175 135.33 / 4 = 43 783.8325; at 43 783.83 the total is 4 × 43 783.83 = 175 135.32
        // (0.01 short), at 43 783.84 it is 175 135.36 (0.03 over): the nearer is 43 783.83
        assertEquals(Money.of("43783.83"), price.price());
        // 175 135.32 − 175 135.33 = −0.01
        assertEquals(Money.of("-0.01"), price.residual());
    }

    @Test
    void the_break_even_unit_price_offsets_a_lower_share() {
        ParameterChanges share = Changes.share(Setting.SOMATIC, "0.30");

        BreakEven price = TestPathfin.get().findBreakEven().breakEvenUnitPrice("isf-2024", null, share, Setting.SOMATIC,
                List.of(variant("hip-replacement-A", 1), variant("hip-replacement-B", 1), variant("hip-replacement-C", 1)));

        // target: the mix under isf-2024, 43 888.33 + 43 261.35 + 44 097.32 = 131 247.00
        assertEquals(Money.of("131247.00"), price.target());
        // 52 248 × 0.40 / 0.30 = 69 664 exactly: 69 664 × 0.30 = 20 899.20 = 52 248 × 0.40, so every line is its
        // isf-2024 line again, e.g. 2.000 × 69 664 × 0.30 = 41 798.40, and the mix earns the target to the øre
        assertEquals(Money.of("69664.00"), price.price());
        assertEquals(Money.of("131247.00"), price.total());
        // 131 247.00 − 131 247.00 = 0.00, and no variant moves
        assertEquals(Money.ZERO, price.residual());
        assertEquals(List.of(Money.ZERO, Money.ZERO, Money.ZERO),
                price.effects().stream().map(BreakEven.Effect::difference).toList());

        // The method returns the whole-øre price whose total is nearest the target, the lower on a tie. One øre either
        // side, only the three surgery lines move (the assessment and control lines round to the same øre):
        //   2.000 × 69 663.99 × 0.30 = 41 798.394 → 41 798.39, so 131 247.00 − 3 × 0.01 = 131 246.97
        //   2.000 × 69 664.01 × 0.30 = 41 798.406 → 41 798.41, so 131 247.00 + 3 × 0.01 = 131 247.03
        Money below = mixTotal(share, "69663.99");
        Money at = mixTotal(share, "69664.00");
        Money above = mixTotal(share, "69664.01");
        assertEquals(List.of(Money.of("131246.97"), Money.of("131247.00"), Money.of("131247.03")), List.of(below, at, above));
        Money target = price.target();
        // |131 247.00 − 131 247.00| = 0.00 < |131 246.97 − 131 247.00| = 0.03, and ≤ |131 247.03 − 131 247.00| = 0.03
        assertTrue(distance(at, target).compareTo(distance(below, target)) < 0, "nearer than one øre less");
        assertTrue(distance(at, target).compareTo(distance(above, target)) <= 0, "no farther than one øre more");
    }

    @Test
    void beside_the_unit_price_the_block_grant_compensation_a_ministry_would_pay_is_said_plainly() {
        ParameterChanges share = Changes.share(Setting.SOMATIC, "0.30");

        BlockGrantCompensation c = TestPathfin.get().findBreakEven().breakEvenUnitPrice("isf-2024", null, share,
                Setting.SOMATIC, List.of(variant("hip-replacement-A", 1), variant("hip-replacement-B", 1),
                        variant("hip-replacement-C", 1))).compensation();

        // the mix is the plan: 6.280 points over 3 pathways; before (1 − 0.40) × 52 248 × 6.280 / 3 = 65 623.488
        // → 65 623.49 a pathway, 3 × 65 623.49 = 196 870.47; ISF at 30 % 32 916.24 + 32 446.01 + 33 072.99 = 98 435.24
        // neutral: 65 623.488 + (131 247.00 − 98 435.24) / 3 = 65 623.488 + 10 937.2533… = 76 560.7413… → 76 560.74,
        // 3 × 76 560.74 = 229 682.22; needed 229 682.22 − 196 870.47 = 32 811.75
        BlockGrantCompensation.Scheme somatic = c.schemes().get(0);
        assertEquals(Setting.SOMATIC, somatic.scheme());
        assertEquals(Money.of("196870.47"), somatic.before());
        assertEquals(Money.of("229682.22"), somatic.after());
        assertEquals(Money.of("32811.75"), somatic.needed());
        assertEquals(Money.of("32811.75"), c.needed()); // no PHV or TSB contact: nothing needed there
        // A: 32 916.24 + 76 560.74 = 109 476.98 against 43 888.33 + 65 623.49 = 109 511.82: −34.84
        assertEquals(Money.of("-34.84"), c.variants().get(0).difference());
        assertEquals(Money.of("109476.98"), c.variants().get(0).after());
    }

    /** Hip variants A, B and C, once each, per contact under isf-2024 with the changes and this somatic unit price. */
    private static Money mixTotal(ParameterChanges changes, String unitPrice) {
        ParameterChanges all = changes.plus(Changes.tariff(Setting.SOMATIC, ParameterField.UNIT_PRICE, new BigDecimal(unitPrice)));
        return HIP_VARIANTS.stream().map(id -> TestPathfin.get().pricePathway().price(
                TestPathfin.get().pathways().byId(id).orElseThrow().pathway(), FinancingModel.PER_CONTACT, "isf-2024", all)
                .total()).reduce(Money.ZERO, Money::plus);
    }

    private static BigDecimal distance(Money total, Money target) {
        return total.minus(target).kroner().abs();
    }
}
