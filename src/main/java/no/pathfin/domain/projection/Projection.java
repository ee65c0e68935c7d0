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
 * @param basis how the block grant and the projection are computed, with the assumptions
 */
public record Projection(String scenario, List<Year> years, List<Line> lines, List<ModeCount> modes, String basis) {

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
                        Money cost, BigDecimal personnelHours, BigDecimal fte) {

        public Total {
            keys = List.copyOf(keys);
        }

        /** The key as one text, its fields joined by commas: {@code 2030}, {@code 2030,Helse Vest}. */
        public String key() {
            return String.join(",", keys);
        }

        public Money income() {
            return isf.plus(blockGrant);
        }

        public Money margin() {
            return income().minus(cost);
        }

        Total plus(Line l) {
            return new Total(keys, contacts.add(l.contacts()), points.add(l.points()), isf.plus(l.isf()),
                    blockGrant.plus(l.blockGrant()), cost.plus(l.cost()), personnelHours.add(l.personnelHours()),
                    fte.add(l.fte()));
        }
    }

    public Projection {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
        modes = List.copyOf(modes);
    }

    /** The total of each year, in order. */
    public List<Total> byYear() {
        return totals(l -> List.of(String.valueOf(l.year())));
    }

    /** The total of each year in base-year prices (every line deflated by its scheme's unit price index). */
    public List<Total> byYearInBaseYearPrices() {
        return totals(lines.stream().map(Line::inBaseYearPrices).toList(), l -> List.of(String.valueOf(l.year())));
    }

    /** The total of each year and region. */
    public List<Total> byYearAndRegion() {
        return totals(l -> List.of(String.valueOf(l.year()), l.region()));
    }

    private List<Total> totals(java.util.function.Function<Line, List<String>> key) {
        return totals(lines, key);
    }

    private static List<Total> totals(List<Line> lines, java.util.function.Function<Line, List<String>> key) {
        Map<List<String>, Total> totals = new TreeMap<>((a, b) -> Arrays.compare(a.toArray(String[]::new),
                b.toArray(String[]::new)));
        for (Line l : lines) {
            List<String> k = key.apply(l);
            totals.put(k, totals.getOrDefault(k, new Total(k, BigDecimal.ZERO, BigDecimal.ZERO, Money.ZERO, Money.ZERO,
                    Money.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)).plus(l));
        }
        return new ArrayList<>(totals.values());
    }
}
