package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.pathfin.domain.Money;

/**
 * How a yearly amount spreads: its mean and standard deviation, its 5th, 50th and 95th percentile (amounts the year
 * can take), the probability that it is below zero, and its distribution as a histogram. Probabilities are rounded
 * to 6 decimals, amounts to øre. A percentile is the smallest yearly amount whose cumulative probability reaches it.
 */
public record Spread(Money mean, Money standardDeviation, Money p5, Money median, Money p95, BigDecimal probabilityBelowZero,
                     List<Bin> histogram) {

    /** Bins of the histogram: equal widths from the 0.1st to the 99.9th percentile; the end bins hold the tails. */
    public static final int BINS = 24;

    /** The probability that the amount falls in [from, to) (the last bin includes its end, the end bins the tails). */
    public record Bin(Money from, Money to, BigDecimal probability) {
    }

    public Spread {
        histogram = List.copyOf(histogram);
    }

    private static Spread of(double mean, double variance, long p5, long median, long p95, double below, List<Bin> bins) {
        return new Spread(ore(mean), ore(Math.sqrt(Math.max(0, variance))), Money.rounded(BigDecimal.valueOf(p5, 2)),
                Money.rounded(BigDecimal.valueOf(median, 2)), Money.rounded(BigDecimal.valueOf(p95, 2)),
                probability(below), bins);
    }

    /** The histogram of sorted amounts in øre, each with its probability, between the two amounts given. */
    private static List<Bin> histogram(long[] sorted, double[] probability, long low, long high) {
        int bins = high > low ? BINS : 1;
        double width = (double) (high - low) / bins;
        double[] mass = new double[bins];
        for (int i = 0; i < sorted.length; i++) {
            int bin = width == 0 ? 0 : (int) Math.floor((sorted[i] - low) / width);
            mass[Math.max(0, Math.min(bins - 1, bin))] += probability[i];
        }
        List<Bin> histogram = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            histogram.add(new Bin(ore(low + b * width), ore(b == bins - 1 ? high : low + (b + 1) * width),
                    probability(mass[b])));
        }
        return histogram;
    }

    private static BigDecimal probability(double p) {
        return BigDecimal.valueOf(Math.min(1, Math.max(0, p))).setScale(6, RoundingMode.HALF_UP);
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
        long[] sorted = new long[values.length];
        double[] sortedProbability = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = values[order[i]];
            sortedProbability[i] = probability[order[i]];
        }
        return of(mean, square, quantile(order, values, probability, 0.05),
                quantile(order, values, probability, 0.50), quantile(order, values, probability, 0.95), below,
                histogram(sorted, sortedProbability, quantile(order, values, probability, 0.001),
                        quantile(order, values, probability, 0.999)));
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
        double[] each = new double[sorted.length];
        Arrays.fill(each, 1.0 / sorted.length);
        return of(mean, variance, at(sorted, 0.05), at(sorted, 0.50), at(sorted, 0.95), (double) below / sorted.length,
                histogram(sorted, each, at(sorted, 0.001), at(sorted, 0.999)));
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
