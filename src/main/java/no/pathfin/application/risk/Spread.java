package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import no.pathfin.domain.Money;

/**
 * How a yearly amount spreads: its mean and standard deviation, its 5th, 50th and 95th percentile (amounts the year
 * can take), and the probability that it is below zero. Probabilities are rounded to 6 decimals, amounts to øre.
 * A percentile is the smallest yearly amount whose cumulative probability reaches it.
 */
public record Spread(Money mean, Money standardDeviation, Money p5, Money median, Money p95, BigDecimal probabilityBelowZero) {

    static Spread of(double mean, double variance, long p5, long median, long p95, double below) {
        return new Spread(ore(mean), ore(Math.sqrt(Math.max(0, variance))), Money.rounded(BigDecimal.valueOf(p5, 2)),
                Money.rounded(BigDecimal.valueOf(median, 2)), Money.rounded(BigDecimal.valueOf(p95, 2)),
                BigDecimal.valueOf(Math.min(1, Math.max(0, below))).setScale(6, RoundingMode.HALF_UP));
    }

    /** The spread of amounts in øre, each with its probability (together 1): the population's moments. */
    static Spread weighted(long[] values, double[] probability) {
        double mean = 0;
        double square = 0;
        double below = 0;
        for (int i = 0; i < values.length; i++) {
            mean += probability[i] * values[i];
            below += values[i] < 0 ? probability[i] : 0;
        }
        for (int i = 0; i < values.length; i++) {
            square += probability[i] * (values[i] - mean) * (values[i] - mean);
        }
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
        return of(mean, square, quantile(order, values, probability, 0.05),
                quantile(order, values, probability, 0.50), quantile(order, values, probability, 0.95), below);
    }

    /** The spread of a sample of amounts in øre (simulated years): its variance with n − 1. */
    static Spread sampled(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = 0;
        for (long v : sorted) {
            mean += v;
        }
        mean /= sorted.length;
        double variance = 0;
        long below = 0;
        for (long v : sorted) {
            variance += (v - mean) * (v - mean);
            below += v < 0 ? 1 : 0;
        }
        variance /= sorted.length - 1;
        return of(mean, variance, at(sorted, 0.05), at(sorted, 0.50), at(sorted, 0.95), (double) below / sorted.length);
    }

    private static long quantile(Integer[] order, long[] values, double[] probability, double q) {
        double cumulative = 0;
        for (Integer i : order) {
            cumulative += probability[i];
            if (cumulative >= q - 1e-12) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static Money ore(double ore) {
        return Money.rounded(BigDecimal.valueOf(ore).movePointLeft(2));
    }
}
