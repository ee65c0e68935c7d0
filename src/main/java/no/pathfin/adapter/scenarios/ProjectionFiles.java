package no.pathfin.adapter.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.json.CsvCells;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;

/**
 * A projection's results as files: every year × trust × scheme ({@code projection-by-year-trust-scheme.csv}), every
 * year × region and every year ({@code projection-by-year-region.csv}, {@code projection-by-year.csv}), the channel
 * mix (expected contacts per year, scheme and mode: {@code projection-by-year-scheme-mode.csv}), each trust's share
 * of the quality pot per year when the scenario names quality indicators
 * ({@code projection-quality-pot-by-year-trust.csv}), and
 * {@code projection.json} (the years with their rule sets and population ratios, the totals and the basis). Amounts
 * in kroner with øre; contacts and points as expected values, to two and three decimals. Text fields (regions,
 * trusts, codes, attribution items) are written through {@link CsvCells}, so a spreadsheet never runs them as formulas.
 */
public final class ProjectionFiles {

    static final String LINES = "projection-by-year-trust-scheme.csv";
    static final String BY_REGION = "projection-by-year-region.csv";
    static final String BY_YEAR = "projection-by-year.csv";
    static final String BY_YEAR_REAL = "projection-by-year-base-year-prices.csv";
    static final String BY_MODE = "projection-by-year-scheme-mode.csv";
    static final String SUMMARY = "projection.json";
    static final String QUALITY = "projection-quality-pot-by-year-trust.csv";
    static final String COMPARISON = "comparison-by-year.csv";
    static final String ATTRIBUTION = "comparison-attribution.csv";

    private ProjectionFiles() {
    }

    /** Writes every file into {@code dir}; returns their names. */
    public static List<String> write(Path dir, Projection projection) {
        try {
            Files.createDirectories(dir);
            StringBuilder lines = new StringBuilder("year,region,hospital,scheme,contacts,points,planned_points,isf_kr,"
                    + "block_grant_kr,income_kr,cost_kr,margin_kr,personnel_hours,fte,price_index\n");
            for (Projection.Line l : projection.lines()) {
                lines.append(l.year()).append(',').append(CsvCells.text(l.region())).append(',')
                        .append(CsvCells.text(l.hospital())).append(',').append(CsvCells.text(Codes.of(l.scheme())))
                        .append(',').append(two(l.contacts())).append(',')
                        .append(three(l.points())).append(',').append(three(l.plannedPoints())).append(',')
                        .append(kr(l.isf())).append(',').append(kr(l.blockGrant())).append(',').append(kr(l.income()))
                        .append(',').append(kr(l.cost())).append(',').append(kr(l.margin())).append(',')
                        .append(l.personnelHours().toPlainString()).append(',').append(l.fte().toPlainString())
                        .append(',').append(l.priceIndex().stripTrailingZeros().toPlainString()).append('\n');
            }
            Files.writeString(dir.resolve(LINES), lines, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(BY_REGION), totals("year,region", projection.byYearAndRegion()),
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(BY_YEAR), totals("year", projection.byYear()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(BY_YEAR_REAL), totals("year", projection.byYearInBaseYearPrices()),
                    StandardCharsets.UTF_8);
            StringBuilder modes = new StringBuilder("year,scheme,mode,ambulant,contacts\n");
            for (Projection.ModeCount m : projection.modes()) {
                modes.append(m.year()).append(',').append(CsvCells.text(Codes.of(m.scheme()))).append(',')
                        .append(CsvCells.text(Codes.of(m.mode())))
                        .append(',').append(m.ambulant()).append(',').append(two(m.contacts())).append('\n');
            }
            Files.writeString(dir.resolve(BY_MODE), modes, StandardCharsets.UTF_8);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenario", projection.scenario());
            summary.put("years", projection.years());
            summary.put("byYear", projection.byYear().stream().map(ProjectionFiles::json).toList());
            summary.put("byYearInBaseYearPrices", projection.byYearInBaseYearPrices().stream()
                    .map(ProjectionFiles::json).toList());
            summary.put("basis", projection.basis());
            JsonFormats.writePretty(dir.resolve(SUMMARY), summary);
            if (projection.quality().isEmpty()) {
                return List.of(LINES, BY_REGION, BY_YEAR, BY_YEAR_REAL, BY_MODE, SUMMARY);
            }
            Files.writeString(dir.resolve(QUALITY), quality(projection), StandardCharsets.UTF_8);
            return List.of(LINES, BY_REGION, BY_YEAR, BY_YEAR_REAL, BY_MODE, SUMMARY, QUALITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A comparison: each scenario's files in a folder of its own name ({@code baseline} and {@code candidate} when the
     * names are the same), {@code comparison-by-year.csv} (both totals and the difference) and
     * {@code comparison-attribution.csv} (each year's change of ISF and of income, by item).
     */
    public static List<String> write(Path dir, ProjectionComparison comparison) {
        String first = comparison.baseline().scenario();
        String second = comparison.candidate().scenario();
        if (first.equals(second)) {
            first = "baseline";
            second = "candidate";
        }
        List<String> written = new java.util.ArrayList<>();
        for (String file : write(dir.resolve(first), comparison.baseline())) {
            written.add(first + "/" + file);
        }
        for (String file : write(dir.resolve(second), comparison.candidate())) {
            written.add(second + "/" + file);
        }
        StringBuilder years = new StringBuilder("year,measure,baseline_kr,candidate_kr,difference_kr\n");
        StringBuilder attribution = new StringBuilder("year,measure,item,description,amount_kr\n");
        for (ProjectionComparison.Year y : comparison.years()) {
            row(years, y.year(), "isf", y.baseline().isf(), y.candidate().isf());
            row(years, y.year(), "block_grant", y.baseline().blockGrant(), y.candidate().blockGrant());
            row(years, y.year(), "quality_pot", y.baseline().qualityPot(), y.candidate().qualityPot());
            row(years, y.year(), "income", y.baseline().income(), y.candidate().income());
            row(years, y.year(), "cost", y.baseline().cost(), y.candidate().cost());
            row(years, y.year(), "margin", y.baseline().margin(), y.candidate().margin());
            for (var c : y.isf().contributions()) {
                attribution.append(y.year()).append(",isf,").append(CsvCells.text(c.item())).append(',')
                        .append(CsvCells.text(c.description())).append(',').append(kr(c.amount())).append('\n');
            }
            for (var c : y.income().contributions()) {
                attribution.append(y.year()).append(",income,").append(CsvCells.text(c.item())).append(',')
                        .append(CsvCells.text(c.description())).append(',').append(kr(c.amount())).append('\n');
            }
        }
        try {
            Files.writeString(dir.resolve(COMPARISON), years, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(ATTRIBUTION), attribution, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(COMPARISON);
        written.add(ATTRIBUTION);
        return written;
    }

    private static void row(StringBuilder out, int year, String measure, Money before, Money after) {
        out.append(year).append(',').append(measure).append(',').append(kr(before)).append(',').append(kr(after))
                .append(',').append(kr(after.minus(before))).append('\n');
    }

    /** Each trust's share of each year's quality pot, with its working: per trust, not per scheme. */
    private static String quality(Projection projection) {
        StringBuilder out = new StringBuilder("year,region,hospital,rule_set,quality_pot_kr,working\n");
        for (Projection.QualityLine q : projection.quality()) {
            out.append(q.year()).append(',').append(CsvCells.text(q.region())).append(',')
                    .append(CsvCells.text(q.hospital())).append(',').append(CsvCells.text(q.ruleSet())).append(',')
                    .append(kr(q.amount())).append(',').append(CsvCells.text(q.working())).append('\n');
        }
        return out.toString();
    }

    private static String totals(String key, List<Projection.Total> totals) {
        StringBuilder out = new StringBuilder(key + ",contacts,points,isf_kr,block_grant_kr,quality_pot_kr,income_kr,"
                + "cost_kr,margin_kr,personnel_hours,fte\n");
        for (Projection.Total t : totals) {
            out.append(CsvCells.texts(t.keys())).append(',').append(two(t.contacts())).append(',')
                    .append(three(t.points()))
                    .append(',').append(kr(t.isf())).append(',').append(kr(t.blockGrant())).append(',')
                    .append(kr(t.qualityPot())).append(',')
                    .append(kr(t.income())).append(',').append(kr(t.cost())).append(',').append(kr(t.margin()))
                    .append(',').append(t.personnelHours().toPlainString()).append(',')
                    .append(t.fte().toPlainString()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> json(Projection.Total t) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", Integer.parseInt(t.key()));
        row.put("contacts", t.contacts().setScale(2, RoundingMode.HALF_UP));
        row.put("points", t.points().setScale(3, RoundingMode.HALF_UP));
        row.put("isf", t.isf().kroner());
        row.put("blockGrant", t.blockGrant().kroner());
        row.put("qualityPot", t.qualityPot().kroner());
        row.put("income", t.income().kroner());
        row.put("cost", t.cost().kroner());
        row.put("margin", t.margin().kroner());
        row.put("personnelHours", t.personnelHours());
        row.put("fte", t.fte());
        return row;
    }

    private static String kr(Money money) {
        return money.kroner().toPlainString();
    }

    private static String two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String three(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
