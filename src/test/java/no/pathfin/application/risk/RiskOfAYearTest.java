package no.pathfin.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.Money;
import org.junit.jupiter.api.Test;

class RiskOfAYearTest {

    /** A: half the episodes, earn 100, cost 90 (margin +10); B: the other half, earn 200, cost 250 (margin −50). */
    private static final List<EpisodeType> HALVES = List.of(
            new EpisodeType("A", new BigDecimal("0.5"), Money.of("100"), Money.of("90")),
            new EpisodeType("B", new BigDecimal("0.5"), Money.of("200"), Money.of("250")));

    @Test
    void two_episodes_from_two_halves_fall_three_ways_and_every_figure_follows_by_hand() {
        // AA: p 0.25, income 200, margin +20; AB: p 0.50, income 300, margin −40; BB: p 0.25, income 400, margin −100
        YearRisk year = RiskOfAYear.assess(HALVES, 2, 1);

        assertEquals("exact", year.method());
        // mean income 0.25 × 200 + 0.5 × 300 + 0.25 × 400 = 300
        assertEquals(Money.of("300.00"), year.income().mean());
        // variance 0.25 × 100² + 0.5 × 0 + 0.25 × 100² = 5 000; √5 000 = 70.710678… → 70.71
        assertEquals(Money.of("70.71"), year.income().standardDeviation());
        // cumulative 0.25 at 200 reaches 5 %; 0.75 at 300 reaches 50 %; 1.00 at 400 reaches 95 %
        assertEquals(Money.of("200.00"), year.income().p5());
        assertEquals(Money.of("300.00"), year.income().median());
        assertEquals(Money.of("400.00"), year.income().p95());
        // margin: mean 0.25 × 20 + 0.5 × (−40) + 0.25 × (−100) = −40; below zero in AB and BB: 0.75
        assertEquals(Money.of("-40.00"), year.margin().mean());
        assertEquals(new BigDecimal("0.750000"), year.margin().probabilityBelowZero());
        assertEquals(Money.of("-100.00"), year.margin().p5());
        // the histogram spans the 0.1st to the 99.9th percentile, 200 to 400, in 24 bins of 8.33 kr: AA falls in the
        // first, BB in the last, AB in between; together they hold all of the probability
        List<Spread.Bin> bins = year.income().histogram();
        assertEquals(Spread.BINS, bins.size());
        assertEquals(Money.of("200.00"), bins.get(0).from());
        assertEquals(Money.of("208.33"), bins.get(0).to());
        assertEquals(Money.of("400.00"), bins.get(Spread.BINS - 1).to());
        assertEquals(new BigDecimal("0.250000"), bins.get(0).probability());
        assertEquals(new BigDecimal("0.250000"), bins.get(Spread.BINS - 1).probability());
        assertEquals(0, BigDecimal.ONE.compareTo(bins.stream().map(Spread.Bin::probability).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void the_exact_mean_and_spread_match_the_closed_form_of_a_sum_of_independent_episodes() {
        List<EpisodeType> hips = List.of(
                new EpisodeType("uncomplicated", new BigDecimal("0.85"), Money.of("43749.00"), Money.of("108910.96")),
                new EpisodeType("extra-control", new BigDecimal("0.10"), Money.of("43749.00"), Money.of("111000.00")),
                new EpisodeType("early-revision", new BigDecimal("0.05"), Money.of("70000.00"), Money.of("190000.00")));
        YearRisk year = RiskOfAYear.assess(hips, 300, 1);

        assertEquals("exact", year.method());
        // per episode: mean 0.85 × 43 749 + 0.10 × 43 749 + 0.05 × 70 000 = 45 061.55; × 300 = 13 518 465.00
        assertEquals(Money.of("13518465.00"), year.income().mean());
        // per-episode variance: 0.95 × (−1 312.55)² + 0.05 × 24 938.45² = 1 636 648.127375 + 31 096 314.420125
        // = 32 732 962.5475; × 300 = 9 819 888 764.25; √ = 99 095.3518… → 99 095.35
        assertEquals(Money.of("99095.35"), year.income().standardDeviation());
        assertTrue(year.margin().probabilityBelowZero().compareTo(new BigDecimal("0.999999")) > 0, "every year loses");
    }

    @Test
    void a_mix_too_wide_to_enumerate_is_simulated_with_a_seed_and_states_its_error() {
        // six equal types of 100 kr … 600 kr, no cost: C(205, 5) ≈ 2.9 billion ways for 200 episodes, too many to list
        List<EpisodeType> six = java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(i -> new EpisodeType("T" + i,
                i < 6 ? new BigDecimal("0.166667") : new BigDecimal("0.166665"), Money.of(i + "00"), Money.ZERO)).toList();
        YearRisk year = RiskOfAYear.assess(six, 200, 42);
        YearRisk again = RiskOfAYear.assess(six, 200, 42);

        assertEquals("simulation", year.method());
        assertEquals(RiskOfAYear.DRAWS, year.draws());
        assertEquals(year, again, "the same seed, the same figures");
        // per episode: mean 350, variance (100² + … + 600²)/6 − 350² = 151 666.67 − 122 500 = 29 166.67;
        // a year of 200: mean 70 000, sd √(200 × 29 166.67) = 2 415.23; the mean's error 2 415.23 / √20 000 = 17.08
        BigDecimal error = year.meanIncomeStandardError();
        assertTrue(error.compareTo(new BigDecimal("16")) > 0 && error.compareTo(new BigDecimal("18.2")) < 0, error.toString());
        assertTrue(year.income().mean().kroner().subtract(new BigDecimal("70000")).abs().compareTo(error.multiply(BigDecimal.valueOf(4))) < 0,
                year.income().mean().toString());
    }

    @Test
    void shares_that_do_not_add_up_to_one_are_refused() {
        List<EpisodeType> short_ = List.of(new EpisodeType("A", new BigDecimal("0.6"), Money.of("1"), Money.of("1")));
        assertThrows(IllegalArgumentException.class, () -> RiskOfAYear.assess(short_, 10, 1));
    }
}
