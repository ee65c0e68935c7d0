package no.pathfin.adapter.scenarios;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.pathfin.adapter.json.CsvTable;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.projection.ChangeFactor;
import no.pathfin.domain.projection.PopulationTable;
import no.pathfin.domain.projection.ProjectionScenario;
import no.pathfin.domain.quality.QualityIndicators;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;

/**
 * Reads a projection scenario (YAML) and the tables it names (a population table in SSB's long format, the health
 * trusts' regions), paths relative to the scenario file. A bad file is refused with file, line and field.
 */
public final class ScenarioFiles {

    /** A scenario, and the base-year activity file it names (null if it names none). */
    public record Loaded(ProjectionScenario scenario, Path activity) {
    }

    private ScenarioFiles() {
    }

    public static Loaded load(Path file) {
        byte[] content = bytes(file);
        String shown = file.toString();
        ScenarioFile s = JsonFormats.readYaml(content, ScenarioFile.class, shown);
        Path folder = file.toAbsolutePath().getParent();
        int baseYear = required(s.baseYear(), "baseYear", content, shown);
        if (s.years() == null) {
            throw new DataFileException(shown, 1, 1, "years: missing; expected {from: …, to: …}");
        }
        int from = required(s.years().from(), "from", content, shown);
        int to = required(s.years().to(), "to", content, shown);
        PopulationTable population = null;
        String alternative = "main";
        if (s.demography() != null && s.demography().population() != null) {
            if (s.demography().source() == null || s.demography().source().isBlank()) {
                throw new DataFileException(shown, JsonFormats.lineOf(content, "demography"), 1,
                        "demography.source: say where the population figures come from, or that they are illustrative");
            }
            population = population(folder.resolve(s.demography().population()), s.demography().source());
            alternative = s.demography().alternative() == null ? "main" : s.demography().alternative();
        }
        if (s.regions() == null) {
            throw new DataFileException(shown, 1, 1, "regions: missing; name the table of health trusts and regions");
        }
        Map<String, String> regions = regions(folder.resolve(s.regions()));
        List<ProjectionScenario.RuleStep> steps = new ArrayList<>();
        for (ScenarioFile.Step step : s.rules() == null ? List.<ScenarioFile.Step>of() : s.rules()) {
            int line = JsonFormats.lineOf(content, "rules");
            if (step.from() == null || step.ruleSet() == null) {
                throw new DataFileException(shown, line, 1, "rules: every step names from (a year) and ruleSet");
            }
            steps.add(new ProjectionScenario.RuleStep(step.from(), step.ruleSet(),
                    changes(step, shown, line)));
        }
        List<ChangeFactor> changes = new ArrayList<>();
        for (ScenarioFile.Change change : s.changes() == null ? List.<ScenarioFile.Change>of() : s.changes()) {
            changes.add(change(change, content, shown));
        }
        ScenarioFile.Financing financing = s.financing() == null ? new ScenarioFile.Financing(null, null)
                : s.financing();
        Factor funded = figure(financing.demographyFunded(), "demography funded by the block grant", BigDecimal.ONE,
                "the whole growth of the previous year's activity (no efficiency requirement)");
        Factor hoursPerFte = figure(financing.hoursPerFte(), "hours per full-time equivalent",
                new BigDecimal("1695"), "ASSUMPTION: 37.5 hours a week over about 45.2 working weeks");
        QualityIndicators quality = s.qualityIndicators() == null ? null : QualityIndicatorFile.read(
                folder.resolve(s.qualityIndicators()), shownBeside(shown, s.qualityIndicators()));
        try {
            ProjectionScenario scenario = new ProjectionScenario(s.name() == null ? file.getFileName().toString()
                    : s.name(), s.description() == null ? "" : s.description(), baseYear, from, to, population,
                    alternative, regions, changes, steps, funded, hoursPerFte, quality);
            Path activity = s.activity() == null ? null : folder.resolve(s.activity()).normalize();
            return new Loaded(scenario, activity);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String field = message.contains(":") ? message.substring(0, message.indexOf(':')) : "years";
            int line = JsonFormats.lineOf(content, field.contains(".") ? field.substring(field.lastIndexOf('.') + 1)
                    : field);
            throw new DataFileException(shown, Math.max(1, line), 1, message);
        }
    }

    /** A file named in a scenario, as people know it: beside the scenario as it was shown. */
    private static String shownBeside(String scenario, String named) {
        Path parent = Path.of(scenario).getParent();
        return (parent == null ? Path.of(named) : parent.resolve(named)).normalize().toString().replace('\\', '/');
    }

    private static ChangeFactor change(ScenarioFile.Change c, byte[] content, String shown) {
        String name = c.name() == null ? "(unnamed)" : c.name();
        int line = Math.max(1, JsonFormats.lineOf(content, "changes"));
        try {
            if (c.targetYear() == null) {
                throw new IllegalArgumentException("targetYear: the year the change reaches its target is required");
            }
            if (c.source() == null || c.source().isBlank()) {
                throw new IllegalArgumentException("source: say where the target comes from, or that it is an"
                        + " assumption");
            }
            if ("shift".equals(c.type())) {
                return new ChangeFactor.Shift(name, code("kind", ContactKind.class, c.kind()),
                        code("setting", Setting.class, c.setting()), code("from", ContactMode.class, c.from()),
                        code("to", ContactMode.class, c.to()), c.targetYear(), c.share(), c.source());
            }
            if ("ambulant".equals(c.type())) {
                return new ChangeFactor.Ambulant(name, code("kind", ContactKind.class, c.kind()),
                        code("setting", Setting.class, c.setting()), c.targetYear(), c.share(), c.source());
            }
            if ("day-surgery".equals(c.type())) {
                return new ChangeFactor.DaySurgery(name, c.from(), c.to(), c.targetYear(), c.share(), c.source());
            }
            if ("volume".equals(c.type())) {
                return new ChangeFactor.Volume(name, code("setting", Setting.class, c.setting()), c.targetYear(), c.factor(),
                        c.source());
            }
            throw new IllegalArgumentException("type: shift, ambulant, day-surgery or volume");
        } catch (IllegalArgumentException e) {
            throw new DataFileException(shown, line, 1, "changes." + name + "." + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E code(String field, Class<E> type, String code) {
        try {
            return code == null ? null : Codes.parse(type, code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    private static int required(Integer value, String field, byte[] content, String shown) {
        if (value == null) {
            throw new DataFileException(shown, Math.max(1, JsonFormats.lineOf(content, field)), 1, field
                    + ": missing; expected a year");
        }
        return value;
    }

    private static Factor figure(ScenarioFile.Figure figure, String name, BigDecimal fallback, String fallbackSource) {
        if (figure == null || figure.value() == null) {
            return new Factor(name, fallback, fallbackSource);
        }
        return new Factor(name, figure.value(), figure.source() == null ? "stated in the scenario" : figure.source());
    }

    private static ParameterChanges changes(ScenarioFile.Step step, String shown, int line) {
        if (step.changes() == null || step.changes().isEmpty()) {
            return ParameterChanges.NONE;
        }
        SortedMap<ParameterPath, Object> values = new TreeMap<>();
        SortedMap<ParameterPath, String> sources = new TreeMap<>();
        step.changes().forEach((setting, fields) -> fields.forEach((name, value) -> {
            try {
                ParameterField field = ParameterField.named(ParameterField.Scope.TARIFF, name).orElseThrow(() ->
                        new InvalidValue(name, "unknown tariff field; known: " + ParameterField.of(
                                ParameterField.Scope.TARIFF)));
                ParameterPath path = ParameterPath.tariff(Codes.parse(Setting.class, setting), field);
                values.put(path, field.parse(value));
                sources.put(path, step.source() == null ? "scenario step from " + step.from() : step.source());
            } catch (IllegalArgumentException e) {
                throw new DataFileException(shown, line, 1, "rules (from " + step.from() + ").changes." + setting
                        + "." + name + ": " + e.getMessage());
            }
        }));
        return new ParameterChanges(values, sources);
    }

    /** region, sex, age_group, year, alternative, persons: one row per cell, SSB's long format. */
    static PopulationTable population(Path file, String source) {
        List<PopulationTable.Entry> entries = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file.toString(), text(file), "the population table",
                List.of("region", "sex", "age_group", "year", "alternative", "persons"), null)) {
            BigDecimal year = row.number("year");
            BigDecimal persons = row.number("persons");
            if (year.scale() > 0 || persons.stripTrailingZeros().scale() > 0) {
                throw new DataFileException(file.toString(), row.line(), 1, "year and persons are whole numbers");
            }
            entries.add(new PopulationTable.Entry(row.text("region"), row.text("sex"), row.text("age_group"),
                    year.intValueExact(), row.text("alternative"), persons.longValueExact()));
        }
        return new PopulationTable(source, entries);
    }

    /** hospital, region: the health trust of each activity row, and the regional authority it belongs to. */
    static Map<String, String> regions(Path file) {
        Map<String, String> regions = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(file.toString(), text(file), "the table of trusts and regions",
                List.of("hospital", "region"), "hospital")) {
            regions.put(row.text("hospital"), row.text("region"));
        }
        return regions;
    }

    private static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file.toString(), 0, 0, "the file does not exist (looked for "
                    + file.toAbsolutePath().normalize() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
