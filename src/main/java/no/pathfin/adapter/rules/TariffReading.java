package no.pathfin.adapter.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.application.port.DataFileException;
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

    /**
     * Every value and source the file states, as changes.
     *
     * @param content the file's bytes, to find the line of an unknown field
     */
    static ParameterChanges read(String file, byte[] content, Map<String, Map<String, Object>> tariffs) {
        Map<ParameterPath, Object> values = new TreeMap<>();
        Map<ParameterPath, String> sources = new TreeMap<>();
        for (Map.Entry<String, Map<String, Object>> entry : tariffs.entrySet()) {
            String at = "tariffs." + entry.getKey();
            Setting setting = RuleSetFolder.parse(file, at, () -> Codes.parse(Setting.class, entry.getKey()));
            Map<String, Object> fields = entry.getValue() == null ? Map.of() : entry.getValue();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                String name = field.getKey();
                if (name.equals(SOURCES)) {
                    sources(file, content, at + "." + SOURCES, setting, field.getValue(), sources);
                    continue;
                }
                ParameterField parameter = known(file, content, at, name);
                values.put(ParameterPath.tariff(setting, parameter),
                        RuleSetFolder.parse(file, at + "." + name, () -> parameter.parse(field.getValue())));
            }
        }
        return new ParameterChanges(new TreeMap<>(values), new TreeMap<>(sources));
    }

    /** The tariffs of a rule set of its own: every setting with every field. */
    static Map<Setting, Tariff> complete(String file, Map<String, Map<String, Object>> tariffs, ParameterChanges read) {
        if (tariffs == null) {
            throw new DataFileException(file, 0, 0, "tariffs: required, one entry per setting ("
                    + Codes.allOf(Setting.class) + ")");
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
                throw new DataFileException(file, 0, 0, "tariffs: no tariff for setting " + Codes.of(setting));
            }
            complete.put(setting, RuleSetFolder.parse(file, at, () -> new Tariff(values, sources)));
        }
        return complete;
    }

    private static ParameterField known(String file, byte[] content, String at, String name) {
        return ParameterField.named(ParameterField.Scope.TARIFF, name).orElseThrow(() -> {
            List<String> known = new ArrayList<>(ParameterField.of(ParameterField.Scope.TARIFF).stream()
                    .map(ParameterField::fieldName).toList());
            known.add(SOURCES);
            return new DataFileException(file, RuleSetFiles.lineOf(content, name), 0, at + "." + name
                    + ": unknown field '" + name + "'; known fields: " + known);
        });
    }

    private static void sources(String file, byte[] content, String at, Setting setting, Object raw,
                                Map<ParameterPath, String> sources) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new DataFileException(file, 0, 0, at + ": a source text per field is expected");
        }
        map.forEach((name, text) -> sources.put(ParameterPath.tariff(setting, known(file, content, at, String.valueOf(name))),
                String.valueOf(text)));
    }
}
