package no.pathfin.domain.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.pathfin.domain.Money;
import no.pathfin.domain.ruleset.QualityCategory;

/**
 * A quality pot shared among health trusts: each trust's amount, which adds up to the pot to the øre.
 *
 * @param pot     the kroner shared
 * @param weights the weight each category shared by: the rule set's, or, when no trust has points in a category,
 *                the other categories' weights scaled up to add to 1 (that category's weight 0)
 * @param totals  the points of all trusts per category
 * @param shares  per trust, in name order
 * @param rule    the sharing rule and the rounding, in words
 */
public record QualityShares(Money pot, Map<QualityCategory, BigDecimal> weights, Map<QualityCategory, BigDecimal> totals,
                            List<Share> shares, String rule) {

    /**
     * One trust's part.
     *
     * @param exact   the amount before rounding (to 10 decimals of a krone)
     * @param extraOre 1 when the trust received one of the øre left after rounding down (largest remainder), else 0
     * @param working the arithmetic, one term per category
     */
    public record Share(String hospital, Map<QualityCategory, BigDecimal> points, BigDecimal exact, Money amount,
                        int extraOre, String working) {
        public Share {
            points = Map.copyOf(points);
        }
    }

    public QualityShares {
        weights = Map.copyOf(weights);
        totals = Map.copyOf(totals);
        shares = List.copyOf(shares);
    }

    public Optional<Share> of(String hospital) {
        return shares.stream().filter(s -> s.hospital().equals(hospital)).findFirst();
    }

    /** A trust's amount; zero for a trust without indicator points. */
    public Money amountOf(String hospital) {
        return of(hospital).map(Share::amount).orElse(Money.ZERO);
    }
}
