package no.pathfin.adapter.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;
import no.pathfin.domain.ruleset.Tariff;

/**
 * The {@code tariffs} of a parameters file, read field by field from the one list of parameter fields: what a file
 * sets (all of it for a rule set of its own, what differs for a candidate) and the sources it states.
 */
final class TariffReading {

    private static final String SOURCES = "sources";

    private TariffReading() {
    }

    /** Every value and source the file states, as changes; a value out of its field's bounds is refused where it stands. */
    static ParameterChanges read(YamlPlaces file, Map<String, Map<String, Object>> tariffs) {
        Map<ParameterPath, Object> values = new TreeMap<>();
        Map<ParameterPath, String> sources = new TreeMap<>();
        for (Map.Entry<String, Map<String, Object>> entry : tariffs.entrySet()) {
            String at = "tariffs." + entry.getKey();
            Setting setting = file.parse(at, () -> Codes.parse(Setting.class, entry.getKey()));
            Map<String, Object> fields = entry.getValue() == null ? Map.of() : entry.getValue();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                String name = field.getKey();
                if (name.equals(SOURCES)) {
                    sources(file, at + "." + SOURCES, setting, field.getValue(), sources);
                    continue;
                }
                ParameterField parameter = known(file, at, name);
                values.put(ParameterPath.tariff(setting, parameter),
                        file.parse(at + "." + name, () -> allowed(parameter, parameter.parse(field.getValue()))));
            }
        }
        return new ParameterChanges(new TreeMap<>(values), new TreeMap<>(sources));
    }

    /** A value within its field's bounds (a share within 0..1, no negative price), or why not. */
    private static Object allowed(ParameterField field, Object value) {
        String problem = field.problem(value);
        if (problem != null) {
            // the value as the file writes it, so that it can be found there
            throw new IllegalArgumentException(problem + ": " + (value instanceof java.math.BigDecimal d
                    ? d.toPlainString() : field.describe(value)));
        }
        return value;
    }

    /** The tariffs of a rule set of its own: every setting with every field. */
    static Map<Setting, Tariff> complete(YamlPlaces file, Map<String, Map<String, Object>> tariffs,
                                         ParameterChanges read) {
        if (tariffs == null) {
            throw file.refused("tariffs", "required, one entry per setting (" + Codes.allOf(Setting.class) + ")");
        }
        Map<Setting, Tariff> complete = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String at = "tariffs." + Codes.of(setting);
            Map<ParameterField, Object> values = new EnumMap<>(ParameterField.class);
            Map<String, String> sources = new TreeMap<>();
            read.values().forEach((path, value) -> {
                if (path.key().equals(Codes.of(setting))) {
                    values.put(path.field(), value);
                }
            });
            read.sources().forEach((path, source) -> {
                if (path.key().equals(Codes.of(setting))) {
                    sources.put(path.field().fieldName(), source);
                }
            });
            if (values.isEmpty()) {
                throw file.refused("tariffs", "no tariff for setting " + Codes.of(setting));
            }
            complete.put(setting, file.parse(at, () -> new Tariff(values, sources)));
        }
        return complete;
    }

    private static ParameterField known(YamlPlaces file, String at, String name) {
        return ParameterField.named(ParameterField.Scope.TARIFF, name).orElseThrow(() -> {
            List<String> known = new ArrayList<>(ParameterField.of(ParameterField.Scope.TARIFF).stream()
                    .map(ParameterField::fieldName).toList());
            known.add(SOURCES);
            return file.refused(at + "." + name, "unknown field '" + name + "'; known fields: " + known);
        });
    }

    private static void sources(YamlPlaces file, String at, Setting setting, Object raw,
                                Map<ParameterPath, String> sources) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw file.refused(at, "a source text per field is expected");
        }
        map.forEach((name, text) -> sources.put(ParameterPath.tariff(setting, known(file, at, String.valueOf(name))),
                String.valueOf(text)));
    }
}
