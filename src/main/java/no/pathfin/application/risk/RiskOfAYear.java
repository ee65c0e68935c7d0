package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The spread of a hospital's yearly income and margin when its episodes are drawn independently from a mix (a
 * statistic, in doubles; the amounts it reports are rounded to øre once, at the end).
 *
 * <p>Exact when the mix allows: every way the year can fall (how many episodes of each type) is enumerated with its
 * multinomial probability, as long as there are at most {@link #EXACT_LIMIT} such ways (three types up to about
 * 1 000 episodes). Beyond that, {@link #DRAWS} years are simulated with a seeded generator and the standard errors are
 * stated. A percentile is the smallest yearly amount whose cumulative probability reaches it.
 */
public final class RiskOfAYear {

    public static final long EXACT_LIMIT = 600_000;
    public static final int DRAWS = 20_000;

    private RiskOfAYear() {
    }

    public static YearRisk assess(List<EpisodeType> mix, int episodes, long seed) {
        if (episodes < 1) {
            throw new IllegalArgumentException("a year needs at least one episode, not " + episodes);
        }
        BigDecimal total = mix.stream().map(EpisodeType::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the shares of the mix must add up to 1, not " + total.toPlainString());
        }
        List<EpisodeType> types = mix.stream().filter(t -> t.share().signum() > 0).toList();
        return ways(types.size(), episodes) <= EXACT_LIMIT ? exact(types, episodes) : simulated(types, episodes, seed);
    }

    /** The number of ways n episodes fall into k types: C(n + k − 1, k − 1), capped above the limit. */
    static long ways(int k, int n) {
        double ways = 1;
        for (int i = 1; i < k; i++) {
            ways = ways * (n + i) / i;
            if (ways > EXACT_LIMIT) {
                return EXACT_LIMIT + 1;
            }
        }
        return Math.round(ways);
    }

    private static YearRisk exact(List<EpisodeType> types, int n) {
        Outcomes outcomes = Outcomes.enumerate(types, n);
        return new YearRisk(n, "exact", 0, outcomes.spread(outcomes.income()), outcomes.spread(outcomes.margin()),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(6));
    }

    private static YearRisk simulated(List<EpisodeType> types, int n, long seed) {
        double[] cumulative = new double[types.size()];
        double running = 0;
        for (int k = 0; k < types.size(); k++) {
            running += types.get(k).share().doubleValue();
            cumulative[k] = running;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] income = new long[DRAWS];
        long[] margin = new long[DRAWS];
        for (int d = 0; d < DRAWS; d++) {
            for (int e = 0; e < n; e++) {
                double u = random.nextDouble() * running;
                int k = 0;
                while (k < cumulative.length - 1 && u >= cumulative[k]) {
                    k++;
                }
                income[d] += types.get(k).incomeOre();
                margin[d] += types.get(k).marginOre();
            }
        }
        Spread incomeSpread = sampleSpread(income);
        Spread marginSpread = sampleSpread(margin);
        double loss = marginSpread.probabilityBelowZero().doubleValue();
        return new YearRisk(n, "simulation", DRAWS, incomeSpread, marginSpread,
                incomeSpread.standardDeviation().kroner().divide(BigDecimal.valueOf(Math.sqrt(DRAWS)), 2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(Math.sqrt(loss * (1 - loss) / DRAWS)).setScale(6, RoundingMode.HALF_UP));
    }

    private static Spread sampleSpread(long[] values) {
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
        return Spread.of(mean, variance, at(sorted, 0.05), at(sorted, 0.50), at(sorted, 0.95), (double) below / sorted.length);
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
