package no.pathfin.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Money;
import no.pathfin.domain.quality.IndicatorPoints;
import no.pathfin.domain.quality.QualityIndicators;
import no.pathfin.domain.quality.QualityShares;
import no.pathfin.domain.quality.ShareQualityPot;
import no.pathfin.domain.ruleset.QualityCategory;
import no.pathfin.domain.ruleset.QualityPot;
import org.junit.jupiter.api.Test;

/**
 * The quality pot shared by indicator points, worked by hand. A pot of 1 000 000.00 kr weighted 50 % results, 30 %
 * process and 20 % patient experience, three trusts A, B and C with points
 * results 10 / 20 / 30 (60 in all), process 1 / 1 / 1 (3), patient experience 50 / 30 / 20 (100).
 */
class QualityPotSharingTest {

    private static QualityPot pot(String amount, String results, String process, String experience) {
        return new QualityPot(new BigDecimal(amount), Map.of(QualityCategory.RESULTS, new BigDecimal(results),
                QualityCategory.PROCESS, new BigDecimal(process), QualityCategory.PATIENT_EXPERIENCE,
                new BigDecimal(experience)), Map.of("amount", "ILLUSTRATIVE: a round pot for the arithmetic"));
    }

    /** Points of A, B and C in results, process and patient experience. */
    private static QualityIndicators points(int[] results, int[] process, int[] experience) {
        List<IndicatorPoints> rows = new ArrayList<>();
        String[] trusts = {"HF-A", "HF-B", "HF-C"};
        for (int t = 0; t < 3; t++) {
            rows.add(row(trusts[t], QualityCategory.RESULTS, results[t]));
            rows.add(row(trusts[t], QualityCategory.PROCESS, process[t]));
            rows.add(row(trusts[t], QualityCategory.PATIENT_EXPERIENCE, experience[t]));
        }
        return new QualityIndicators("three trusts", rows);
    }

    private static IndicatorPoints row(String trust, QualityCategory category, int points) {
        return new IndicatorPoints(trust, category, BigDecimal.valueOf(points), "ILLUSTRATIVE: for the arithmetic");
    }

    private static Money sum(QualityShares shares) {
        return shares.shares().stream().map(QualityShares.Share::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void each_trust_gets_the_pot_times_each_weight_times_its_share_of_the_points_and_the_shares_add_up_to_the_pot() {
        QualityShares shares = ShareQualityPot.share(pot("1000000.00", "0.50", "0.30", "0.20"),
                points(new int[] {10, 20, 30}, new int[] {1, 1, 1}, new int[] {50, 30, 20}));

        // A: 1 000 000 × (0.5 × 10/60 + 0.3 × 1/3 + 0.2 × 50/100) = 83 333.333… + 100 000 + 100 000 = 283 333.333…
        //    rounded down 283 333.33, remainder 0.333 øre
        // B: 1 000 000 × (0.5 × 20/60 + 0.3 × 1/3 + 0.2 × 30/100) = 166 666.666… + 100 000 + 60 000 = 326 666.666…
        //    rounded down 326 666.66, remainder 0.666 øre
        // C: 1 000 000 × (0.5 × 30/60 + 0.3 × 1/3 + 0.2 × 20/100) = 250 000 + 100 000 + 40 000 = 390 000.00
        // rounded down: 283 333.33 + 326 666.66 + 390 000.00 = 999 999.99; the 1 øre left goes to B (largest remainder)
        assertEquals(Money.of("283333.33"), shares.amountOf("HF-A"));
        assertEquals(Money.of("326666.67"), shares.amountOf("HF-B"));
        assertEquals(Money.of("390000.00"), shares.amountOf("HF-C"));
        assertEquals(1, shares.of("HF-B").orElseThrow().extraOre());
        assertEquals(Money.of("1000000.00"), sum(shares));
        assertEquals("1 000 000.00 × (0.5 × 20 / 60 + 0.3 × 1 / 3 + 0.2 × 30 / 100) = 326 666.6666666667"
                + " → 326 666.67 (rounded down, + 1 øre: largest remainder)", shares.of("HF-B").orElseThrow().working());
        assertEquals(Money.ZERO, shares.amountOf("HF-NOT-IN-THE-FILE"));
    }

    @Test
    void the_ore_left_after_rounding_down_go_to_the_largest_remainders_not_to_the_amounts_rounded_half_up() {
        // process without points (see the next test): A 261 904.7619…, B 323 809.5238…, C 414 285.7142…
        // half up would give 261 904.76 + 323 809.52 + 414 285.71 = 999 999.99, one øre short;
        // largest remainder: C's 0.42 øre is the largest, so C gets the øre left: 414 285.72
        QualityShares shares = ShareQualityPot.share(pot("1000000.00", "0.50", "0.30", "0.20"),
                points(new int[] {10, 20, 30}, new int[] {0, 0, 0}, new int[] {50, 30, 20}));

        assertEquals(Money.of("414285.72"), shares.amountOf("HF-C"));
        assertEquals(Money.of("1000000.00"), sum(shares));
    }

    @Test
    void a_category_where_no_trust_has_points_gives_its_weight_to_the_others_in_proportion_to_theirs() {
        QualityShares shares = ShareQualityPot.share(pot("1000000.00", "0.50", "0.30", "0.20"),
                points(new int[] {10, 20, 30}, new int[] {0, 0, 0}, new int[] {50, 30, 20}));

        // process has no points: results and patient experience share by 0.5 / 0.7 and 0.2 / 0.7
        // A: 1 000 000 × (0.5 × 10/60 + 0.2 × 50/100) / 0.7 = 1 000 000 × (1/12 + 1/10) / 0.7 = 1 000 000 × 11/42
        //    = 261 904.761904… → 261 904.76
        // B: 1 000 000 × (0.5 × 20/60 + 0.2 × 30/100) / 0.7 = 1 000 000 × (1/6 + 3/50) / 0.7 = 1 000 000 × 34/105
        //    = 323 809.523809… → 323 809.52
        // C: 1 000 000 × (0.5 × 30/60 + 0.2 × 20/100) / 0.7 = 1 000 000 × 29/100 / 0.7 = 1 000 000 × 29/70
        //    = 414 285.714285… → 414 285.71 + 1 øre = 414 285.72
        // 11/42 + 34/105 + 29/70 = (55 + 68 + 87) / 210 = 1: the whole pot is shared
        assertEquals(Money.of("261904.76"), shares.amountOf("HF-A"));
        assertEquals(Money.of("323809.52"), shares.amountOf("HF-B"));
        assertEquals(0, BigDecimal.ZERO.compareTo(shares.weights().get(QualityCategory.PROCESS)));
        // 0.5 / 0.7 = 0.714285…
        assertEquals("0.714285", shares.weights().get(QualityCategory.RESULTS).toPlainString().substring(0, 8));
    }

    @Test
    void remainders_that_tie_are_broken_by_trust_name() {
        // 100.00 kr by results alone, 1 point each: 33.333… each, rounded down 33.33 × 3 = 99.99; the øre left goes
        // to the first name of the three equal remainders, HF-A
        QualityShares shares = ShareQualityPot.share(pot("100.00", "1", "0", "0"),
                points(new int[] {1, 1, 1}, new int[] {0, 0, 0}, new int[] {0, 0, 0}));

        assertEquals(Money.of("33.34"), shares.amountOf("HF-A"));
        assertEquals(Money.of("33.33"), shares.amountOf("HF-B"));
        assertEquals(Money.of("33.33"), shares.amountOf("HF-C"));
    }

    @Test
    void weights_that_do_not_add_up_to_one_are_refused_naming_the_weights() {
        InvalidValue refused = assertThrows(InvalidValue.class, () -> ShareQualityPot.share(
                pot("1000000.00", "0.50", "0.30", "0.30"),
                points(new int[] {10, 20, 30}, new int[] {1, 1, 1}, new int[] {50, 30, 20})));

        assertEquals("qualityPot.weights", refused.field());
        assertTrue(refused.getMessage().contains("they add up to 1.1"), refused.getMessage());
    }

    @Test
    void indicators_without_points_in_any_weighted_category_are_refused() {
        InvalidValue refused = assertThrows(InvalidValue.class, () -> ShareQualityPot.share(
                pot("1000000.00", "1", "0", "0"),
                points(new int[] {0, 0, 0}, new int[] {1, 1, 1}, new int[] {1, 1, 1})));

        assertEquals("indicators", refused.field());
    }
}
