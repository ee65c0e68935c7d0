package no.pathfin.application.risk;

import java.util.List;

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
        return Years.of(mix.stream().map(EpisodeType::share).toList(), episodes, seed).assess(mix);
    }
}
