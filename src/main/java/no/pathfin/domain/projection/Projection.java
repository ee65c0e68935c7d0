package no.pathfin.domain.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.RuleSetUse;

/**
 * A year's activity projected and financed year by year, per health trust and scheme (the base year first). Contacts
 * are expected values (the base year's counts times the population ratio), not rounded; money is rounded once per
 * line, to øre, half up; every total is a sum of lines.
 *
 * @param quality each trust's share of each year's quality pot (none without quality indicators, or in a year whose
 *                rule set holds no pot): per trust, not per scheme
 * @param basis   how the block grant and the projection are computed, with the assumptions
 */
public record Projection(String scenario, List<Year> years, List<Line> lines, List<ModeCount> modes,
                         List<QualityLine> quality, String basis) {

    /** A projection without a quality pot. */
    public Projection(String scenario, List<Year> years, List<Line> lines, List<ModeCount> modes, String basis) {
        this(scenario, years, lines, modes, List.of(), basis);
    }

    /**
     * A trust's share of the year's quality pot, by the sharing rule of the quality pot.
     *
     * @param ruleSet the rule set whose pot it is
     * @param working the arithmetic: the pot × Σ weight × the trust's points / all trusts' points, and the rounding
     */
    public record QualityLine(int year, String region, String hospital, String ruleSet, Money amount,
                              String working) {
    }

    /** Expected contacts of a scheme in a mode (ambulant or not) in a year: the channel mix, as change factors move it. */
    public record ModeCount(int year, Setting scheme, ContactMode mode, boolean ambulant, BigDecimal contacts) {
    }

    /** A year, the rule set it was priced under, and the population ratio of each region against the base year. */
    public record Year(int year, RuleSetUse ruleSet, Map<String, BigDecimal> populationRatio) {
        public Year {
            populationRatio = Map.copyOf(populationRatio);
        }
    }

    /** One trust's scheme in one year. */
    /**
     * @param priceIndex the year's unit price of the scheme over the base year's (12 digits): amounts divided by it
     *                   are in base-year prices
     */
    public record Line(int year, String region, String hospital, Setting scheme, BigDecimal contacts,
                       BigDecimal points, BigDecimal plannedPoints, Money isf, Money blockGrant, Money cost,
                       BigDecimal personnelHours, BigDecimal fte, BigDecimal priceIndex) {

        /** The line in base-year prices: each amount divided by the price index, rounded to øre, half up. */
        public Line inBaseYearPrices() {
            return new Line(year, region, hospital, scheme, contacts, points, plannedPoints, deflate(isf),
                    deflate(blockGrant), deflate(cost), personnelHours, fte, BigDecimal.ONE);
        }

        private Money deflate(Money nominal) {
            return priceIndex.compareTo(BigDecimal.ONE) == 0 ? nominal
                    : Money.rounded(nominal.kroner().divide(priceIndex, 10, java.math.RoundingMode.HALF_EVEN));
        }

        public Money income() {
            return isf.plus(blockGrant);
        }

        public Money margin() {
            return income().minus(cost);
        }
    }

    /**
     * A year's sum of lines, by a key of each line.
     *
     * @param keys the key, one field per column: the year, or the year and the region
     */
    public record Total(List<String> keys, BigDecimal contacts, BigDecimal points, Money isf, Money blockGrant,
                        Money qualityPot, Money cost, BigDecimal personnelHours, BigDecimal fte) {

        public Total {
            keys = List.copyOf(keys);
            qualityPot = qualityPot == null ? Money.ZERO : qualityPot; // a total kept before the pot was projected
        }

        /** The key as one text, its fields joined by commas: {@code 2030}, {@code 2030,Helse Vest}. */
        public String key() {
            return String.join(",", keys);
        }

        /** ISF + block grant + quality pot. */
        public Money income() {
            return isf.plus(blockGrant).plus(qualityPot);
        }

        public Money margin() {
            return income().minus(cost);
        }

        Total plus(Line l) {
            return new Total(keys, contacts.add(l.contacts()), points.add(l.points()), isf.plus(l.isf()),
                    blockGrant.plus(l.blockGrant()), qualityPot, cost.plus(l.cost()),
                    personnelHours.add(l.personnelHours()), fte.add(l.fte()));
        }

        Total plus(QualityLine q) {
            return new Total(keys, contacts, points, isf, blockGrant, qualityPot.plus(q.amount()), cost,
                    personnelHours, fte);
        }
    }

    public Projection {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
        modes = List.copyOf(modes);
        quality = List.copyOf(quality);
    }

    /** The total of each year, in order. */
    public List<Total> byYear() {
        return totals(lines, l -> List.of(String.valueOf(l.year())), q -> List.of(String.valueOf(q.year())));
    }

    /**
     * The total of each year in base-year prices (every line deflated by its scheme's unit price index; the quality
     * pot as the year's rule set states it, for it has no unit price to deflate by).
     */
    public List<Total> byYearInBaseYearPrices() {
        return totals(lines.stream().map(Line::inBaseYearPrices).toList(), l -> List.of(String.valueOf(l.year())),
                q -> List.of(String.valueOf(q.year())));
    }

    /** The total of each year and region. */
    public List<Total> byYearAndRegion() {
        return totals(lines, l -> List.of(String.valueOf(l.year()), l.region()),
                q -> List.of(String.valueOf(q.year()), q.region()));
    }

    /** Each trust's share of the quality pot in a year, or zero. */
    public Money qualityPotOf(int year, String hospital) {
        return quality.stream().filter(q -> q.year() == year && q.hospital().equals(hospital))
                .map(QualityLine::amount).reduce(Money.ZERO, Money::plus);
    }

    private List<Total> totals(List<Line> lines, java.util.function.Function<Line, List<String>> key,
                               java.util.function.Function<QualityLine, List<String>> qualityKey) {
        Map<List<String>, Total> totals = new TreeMap<>((a, b) -> Arrays.compare(a.toArray(String[]::new),
                b.toArray(String[]::new)));
        for (Line l : lines) {
            totals.computeIfAbsent(key.apply(l), Projection::zero);
            totals.computeIfPresent(key.apply(l), (k, t) -> t.plus(l));
        }
        for (QualityLine q : quality) {
            totals.computeIfAbsent(qualityKey.apply(q), Projection::zero);
            totals.computeIfPresent(qualityKey.apply(q), (k, t) -> t.plus(q));
        }
        return new ArrayList<>(totals.values());
    }

    private static Total zero(List<String> key) {
        return new Total(key, BigDecimal.ZERO, BigDecimal.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
