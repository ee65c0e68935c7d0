package no.pathfin.adapter.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.json.CsvCells;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;

/**
 * Writes a repricing as CSV breakdowns (by hospital, setting, contact mode, group code, and all four together), the
 * whole money per hospital and scheme (ISF, block grant, income, cost, margin), and a JSON summary. Amounts in kroner
 * with two decimals; differences are against the first (baseline) rule set. Text fields (hospital ids, codes) are
 * written through {@link CsvCells}, so a spreadsheet shows them as text, never runs them as formulas.
 */
public final class RepricingFiles {

    private static final Map<String, Repricing.Dimension> FILES = new LinkedHashMap<>();

    static {
        FILES.put("by-hospital.csv", Repricing.Dimension.HOSPITAL);
        FILES.put("by-setting.csv", Repricing.Dimension.SETTING);
        FILES.put("by-mode.csv", Repricing.Dimension.MODE);
        FILES.put("by-group-code.csv", Repricing.Dimension.GROUP_CODE);
        FILES.put("by-hospital-setting-mode-group-code.csv", Repricing.Dimension.HOSPITAL_SETTING_MODE_GROUP);
    }

    /** The whole money per hospital and scheme. */
    static final String WHOLE_MONEY = "whole-money-by-hospital-scheme.csv";

    private RepricingFiles() {
    }

    /** The results of a repricing as files in {@code dir}. */
    public static RepricingResults in(Path dir) {
        return repricing -> write(dir, repricing).stream().map(p -> p.getFileName().toString()).toList();
    }

    /** @return the files written */
    static List<Path> write(Path dir, Repricing repricing) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, Repricing.Dimension> file : FILES.entrySet()) {
                Path path = dir.resolve(file.getKey());
                csv(path, file.getValue(), repricing);
                written.add(path);
            }
            Path money = dir.resolve(WHOLE_MONEY);
            wholeMoney(money, repricing);
            written.add(money);
            Path summary = dir.resolve("summary.json");
            JsonFormats.writePretty(summary, summary(repricing));
            written.add(summary);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(Path path, Repricing.Dimension dimension, Repricing r) throws IOException {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder(dimension == Repricing.Dimension.HOSPITAL_SETTING_MODE_GROUP
                    ? "hospital,setting,mode,group_code" : dimension.name().toLowerCase(java.util.Locale.ROOT));
            header.append(",contacts");
            for (Repricing.Scenario scenario : r.scenarios()) {
                header.append(',').append(CsvCells.text(scenario.label() + "_kr"));
            }
            for (int i = 1; i < r.scenarios().size(); i++) {
                String id = r.scenarios().get(i).label();
                header.append(',').append(CsvCells.text("difference_" + id + "_kr")).append(',')
                        .append(CsvCells.text("difference_" + id + "_pct"));
            }
            out.write(header.append('\n').toString());
            for (Repricing.Line line : r.breakdown(dimension)) {
                out.write(row(line, r.scenarios().size()));
            }
        }
    }

    private static void wholeMoney(Path path, Repricing r) throws IOException {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("hospital,scheme,contacts,planned_points");
            for (Repricing.Scenario scenario : r.scenarios()) {
                String id = scenario.label();
                for (String figure : List.of("isf", "block_grant", "income", "cost", "margin")) {
                    header.append(',').append(CsvCells.text(id + "_" + figure + "_kr"));
                }
            }
            for (int i = 1; i < r.scenarios().size(); i++) {
                header.append(',').append(CsvCells.text("difference_" + r.scenarios().get(i).label() + "_income_kr"));
            }
            out.write(header.append('\n').toString());
            for (ActivityMoney.Line line : r.money().lines()) {
                StringBuilder row = new StringBuilder(CsvCells.text(line.hospital())).append(',')
                        .append(CsvCells.text(Codes.of(line.scheme())))
                        .append(',').append(line.contacts()).append(',').append(line.plannedPoints().toPlainString());
                for (ActivityMoney.Figures f : line.figures()) {
                    row.append(',').append(f.isf()).append(',').append(f.blockGrant()).append(',').append(f.income())
                            .append(',').append(f.cost()).append(',').append(f.margin());
                }
                for (int i = 1; i < line.figures().size(); i++) {
                    row.append(',').append(line.figures().get(i).income().minus(line.figures().get(0).income()));
                }
                out.write(row.append('\n').toString());
            }
        }
    }

    private static String row(Repricing.Line line, int ruleSets) {
        StringBuilder row = new StringBuilder(CsvCells.texts(line.keys())).append(',').append(line.contacts());
        for (Money amount : line.amounts()) {
            row.append(',').append(amount);
        }
        for (int i = 1; i < ruleSets; i++) {
            row.append(',').append(line.difference(i)).append(',').append(percent(line, i));
        }
        return row.append('\n').toString();
    }

    private static String percent(Repricing.Line line, int i) {
        BigDecimal base = line.amounts().get(0).kroner();
        return base.signum() == 0 ? "" : line.difference(i).kroner().multiply(BigDecimal.valueOf(100))
                .divide(base, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A map that keeps the order its keys are given in, so the JSON reads the same every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> summary(Repricing r) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenarios", r.scenarios().stream().map(s -> ordered("label", s.label(), "ruleSet", s.ruleSet().id(),
                "model", s.model().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "contentHash", s.ruleSet().contentHash())).toList());
        summary.put("rows", r.rows());
        summary.put("badRows", r.badRows());
        summary.put("firstBadRows", r.firstBadRows().stream().map(b -> ordered("line", b.line(), "reason", b.reason())).toList());
        Repricing.Line total = r.total();
        Map<String, Object> totals = new LinkedHashMap<>();
        for (int i = 0; i < r.scenarios().size(); i++) {
            totals.put(r.scenarios().get(i).label(), total.amounts().get(i).kroner());
        }
        summary.put("contacts", total.contacts());
        summary.put("totalKr", totals);
        Map<String, Object> differences = new LinkedHashMap<>();
        for (int i = 1; i < r.scenarios().size(); i++) {
            differences.put(r.scenarios().get(i).label(), ordered("kr", total.difference(i).kroner(), "pct", percent(total, i)));
        }
        summary.put("differenceFromBaseline", differences);
        Map<String, Object> attribution = new LinkedHashMap<>();
        r.attribution().forEach((key, result) -> attribution.put(key, ordered("method", result.method(),
                "total", result.total().kroner(), "contributions", result.contributions().stream().map(c -> ordered(
                        "item", c.item(), "description", c.description(), "kr", c.amount().kroner())).toList())));
        if (!attribution.isEmpty()) {
            summary.put("attribution", attribution);
        }
        List<ActivityMoney.Figures> money = r.money().total(r.scenarios().size());
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("plan", r.money().plan());
        whole.put("basis", r.money().basis());
        whole.put("file", WHOLE_MONEY);
        Map<String, Object> byScenario = new LinkedHashMap<>();
        for (int i = 0; i < r.scenarios().size(); i++) {
            ActivityMoney.Figures f = money.get(i);
            byScenario.put(r.scenarios().get(i).label(), ordered("isfKr", f.isf().kroner(), "blockGrantKr",
                    f.blockGrant().kroner(), "incomeKr", f.income().kroner(), "costKr", f.cost().kroner(), "marginKr",
                    f.margin().kroner()));
        }
        whole.put("totals", byScenario);
        summary.put("wholeMoney", whole);
        summary.put("distinctProfiles", r.cells().stream().map(Repricing.Cell::profile).distinct().count());
        summary.put("elapsedMillis", r.elapsedMillis());
        summary.put("roundingRule", "each profile's line is priced by the rules and rounded half up to øre per component;"
                + " a cell is its line amount times its contacts; every total is a sum of cells");
        return summary;
    }
}
