package no.pathfin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.pricing.BundlePayment;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.pricing.RuleRef;
import org.junit.jupiter.api.Test;

/** The arithmetic of a bundle's design options, worked by hand: each step rounded to øre half up once, in one order. */
class BundlePaymentTest {

    private static final RuleRef RULE = new RuleRef("a rule", "a regulation");

    private static RuleOutcome.BundlePaid price(String kroner) {
        return new RuleOutcome.BundlePaid("0", RULE, "b", new Factor("bundle price b", new BigDecimal(kroner), "basis"));
    }

    private static RuleOutcome.DiscountTaken discount(String share) {
        return new RuleOutcome.DiscountTaken("0", RULE, "b", new Factor("discount", new BigDecimal(share), "source"));
    }

    private static RuleOutcome.CorridorKept corridor(String value, String stopLoss, String stopGain) {
        return new RuleOutcome.CorridorKept("0", RULE, "b", new BigDecimal(value),
                stopLoss == null ? null : new Factor("stop-loss", new BigDecimal(stopLoss), "s"),
                stopGain == null ? null : new Factor("stop-gain", new BigDecimal(stopGain), "s"));
    }

    private static List<Money> amounts(List<Component> components) {
        return components.stream().map(Component::amount).toList();
    }

    @Test
    void a_discount_pays_the_price_times_one_less_the_discount_rounded_half_up_once() {
        // 100.50 × 0.97 = 97.485 → 97.49: the discount is 97.49 − 100.50 = −3.01 (not −3.015 → −3.02)
        List<Component> components = BundlePayment.components(price("100.50"), discount("0.03"), null, null, null);

        assertEquals(List.of(Money.of("100.50"), Money.of("-3.01")), amounts(components));
        assertEquals("1 − 0.03 = 0.97; 100.50 × 0.97 = 97.49, less 3.01", components.get(1).formula());
    }

    @Test
    void a_quality_reduction_applies_to_the_discounted_price() {
        RuleOutcome.QualityReduced quality = new RuleOutcome.QualityReduced("0", RULE, "b",
                new Factor("quality reduction", new BigDecimal("0.05"), "s"), "3", "HIP-REVISION");

        // 43 749.00 × 0.97 = 42 436.53; 42 436.53 × 0.95 = 40 314.7035 → 40 314.70, less 2 121.83
        List<Component> components = BundlePayment.components(price("43749.00"), discount("0.03"), quality, null, null);

        assertEquals(List.of(Money.of("43749.00"), Money.of("-1312.47"), Money.of("-2121.83")), amounts(components));
    }

    @Test
    void a_corridor_lifts_a_loss_to_its_floor_and_cuts_a_gain_to_its_cap() {
        // floor: 50 000.00 × (1 − 0.20) = 40 000.00 > 30 000.00 paid: +10 000.00
        assertEquals(List.of(Money.of("30000.00"), Money.of("10000.00")), amounts(BundlePayment.components(
                price("30000.00"), null, null, null, corridor("50000.00", "0.20", "0.20"))));
        // cap: 10 000.01 × (1 + 0.20) = 12 000.012 → 12 000.01 < 30 000.00 paid: −17 999.99
        assertEquals(List.of(Money.of("30000.00"), Money.of("-17999.99")), amounts(BundlePayment.components(
                price("30000.00"), null, null, null, corridor("10000.01", "0.20", "0.20"))));
    }

    @Test
    void a_side_left_out_of_the_corridor_does_not_limit_and_a_payment_within_it_is_not_adjusted() {
        // no stop-gain: 30 000.00 far above 10 000.00 stays
        assertEquals(List.of(Money.of("30000.00")), amounts(BundlePayment.components(price("30000.00"), null, null,
                null, corridor("10000.00", "0.20", null))));
        // within 24 000.00 × 0.80 = 19 200.00 and 24 000.00 × 1.20 = 28 800.00
        assertEquals(List.of(Money.of("25000.00")), amounts(BundlePayment.components(price("25000.00"), null, null,
                null, corridor("24000.00", "0.20", "0.20"))));
    }
}
