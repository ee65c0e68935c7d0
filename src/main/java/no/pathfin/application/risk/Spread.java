package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.pathfin.domain.Money;

/**
 * How a yearly amount spreads: its mean and standard deviation, its 5th, 50th and 95th percentile (amounts the year
 * can take), and the probability that it is below zero. Probabilities are rounded to 6 decimals, amounts to øre.
 */
public record Spread(Money mean, Money standardDeviation, Money p5, Money median, Money p95, BigDecimal probabilityBelowZero) {

    static Spread of(double mean, double variance, long p5, long median, long p95, double below) {
        return new Spread(ore(mean), ore(Math.sqrt(Math.max(0, variance))), Money.rounded(BigDecimal.valueOf(p5, 2)),
                Money.rounded(BigDecimal.valueOf(median, 2)), Money.rounded(BigDecimal.valueOf(p95, 2)),
                BigDecimal.valueOf(Math.min(1, Math.max(0, below))).setScale(6, RoundingMode.HALF_UP));
    }

    private static Money ore(double ore) {
        return Money.rounded(BigDecimal.valueOf(ore).movePointLeft(2));
    }
}
