package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ways a hospital's year of n episodes drawn from a mix can fall: how many episodes of each type, with the
 * probability of each way. Exact (every way, with its multinomial probability) when there are at most
 * {@link RiskOfAYear#EXACT_LIMIT} ways, else {@link RiskOfAYear#DRAWS} years simulated with a seeded generator, each
 * of probability 1 / draws. One set of ways serves every design of a question, so designs are compared over the same
 * years (and, when simulated, the same draws).
 */
final class Years {

    private final int n;
    private final boolean exact;
    private final int[][] counts;
    private final double[] probability;

    private Years(int n, boolean exact, int[][] counts, double[] probability) {
        this.n = n;
        this.exact = exact;
        this.counts = counts;
        this.probability = probability;
    }

    /** The ways a year of n episodes falls into types of these shares (which add up to 1). */
    static Years of(List<BigDecimal> shares, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a year needs at least one episode, not " + n);
        }
        BigDecimal total = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the shares of the mix must add up to 1, not " + total.toPlainString());
        }
        return ways(shares.size(), n) <= RiskOfAYear.EXACT_LIMIT ? enumerate(shares, n) : simulate(shares, n, seed);
    }

    /** The number of ways n episodes fall into k types: C(n + k − 1, k − 1), capped above the limit. */
    static long ways(int k, int n) {
        double ways = 1;
        for (int i = 1; i < k; i++) {
            ways = ways * (n + i) / i;
            if (ways > RiskOfAYear.EXACT_LIMIT) {
                return RiskOfAYear.EXACT_LIMIT + 1;
            }
        }
        return Math.round(ways);
    }

    /** The year's spread of income and margin when each episode of a type brings that type's figures. */
    YearRisk assess(List<EpisodeType> types) {
        if (types.size() != counts[0].length) {
            throw new IllegalArgumentException(types.size() + " episode types for a mix of " + counts[0].length);
        }
        long[] income = new long[counts.length];
        long[] margin = new long[counts.length];
        long[] unitIncome = types.stream().mapToLong(EpisodeType::incomeOre).toArray();
        long[] unitMargin = types.stream().mapToLong(EpisodeType::marginOre).toArray();
        for (int w = 0; w < counts.length; w++) {
            for (int k = 0; k < unitIncome.length; k++) {
                income[w] = Math.addExact(income[w], Math.multiplyExact(counts[w][k], unitIncome[k]));
                margin[w] = Math.addExact(margin[w], Math.multiplyExact(counts[w][k], unitMargin[k]));
            }
        }
        if (exact) {
            return new YearRisk(n, "exact", 0, Spread.weighted(income, probability), Spread.weighted(margin, probability), BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(6));
        }
        Spread incomeSpread = Spread.sampled(income);
        Spread marginSpread = Spread.sampled(margin);
        double loss = marginSpread.probabilityBelowZero().doubleValue();
        return new YearRisk(n, "simulation", counts.length, incomeSpread, marginSpread,
                incomeSpread.standardDeviation().kroner().divide(BigDecimal.valueOf(Math.sqrt(counts.length)), 2,
                        RoundingMode.HALF_UP),
                BigDecimal.valueOf(Math.sqrt(loss * (1 - loss) / counts.length)).setScale(6, RoundingMode.HALF_UP));
    }

    private static Years enumerate(List<BigDecimal> shares, int n) {
        int ways = (int) ways(shares.size(), n);
        Years years = new Years(n, true, new int[ways][shares.size()], new double[ways]);
        new Filler(shares, n, years).fill(0, n, 0);
        return years;
    }

    private static Years simulate(List<BigDecimal> shares, int n, long seed) {
        double[] cumulative = new double[shares.size()];
        double running = 0;
        for (int k = 0; k < shares.size(); k++) {
            running += shares.get(k).doubleValue();
            cumulative[k] = running;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] counts = new int[RiskOfAYear.DRAWS][shares.size()];
        for (int[] year : counts) {
            for (int e = 0; e < n; e++) {
                double u = random.nextDouble() * running;
                int k = 0;
                while (k < cumulative.length - 1 && u >= cumulative[k]) {
                    k++;
                }
                year[k]++;
            }
        }
        double[] each = new double[RiskOfAYear.DRAWS];
        Arrays.fill(each, 1.0 / RiskOfAYear.DRAWS);
        return new Years(n, false, counts, each);
    }

    /** Walks every count of episodes per type that adds up to n, and writes its counts and probability. */
    private static final class Filler {
        private final int[] current;
        private final double[] logFactorial;
        private final double[] logShare;
        private final Years into;
        private int at;

        Filler(List<BigDecimal> shares, int n, Years into) {
            this.current = new int[shares.size()];
            this.logFactorial = new double[n + 1];
            for (int i = 2; i <= n; i++) {
                logFactorial[i] = logFactorial[i - 1] + Math.log(i);
            }
            this.logShare = shares.stream().mapToDouble(s -> s.signum() == 0 ? Double.NEGATIVE_INFINITY
                    : Math.log(s.doubleValue())).toArray();
            this.into = into;
        }

        void fill(int type, int left, double log) {
            if (type == current.length - 1) {
                current[type] = left;
                double term = left == 0 ? 0 : left * logShare[type];
                into.probability[at] = Math.exp(logFactorial[into.n] + log + term - logFactorial[left]);
                into.counts[at] = current.clone();
                at++;
                return;
            }
            for (int c = 0; c <= left; c++) {
                current[type] = c;
                fill(type + 1, left - c, log + (c == 0 ? 0 : c * logShare[type]) - logFactorial[c]);
            }
        }
    }
}
