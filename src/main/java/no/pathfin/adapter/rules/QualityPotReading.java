package no.pathfin.adapter.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;
import no.pathfin.domain.ruleset.QualityCategory;
import no.pathfin.domain.ruleset.QualityPot;

/**
 * The {@code qualityPot} of a parameters file, read field by field from the one list of parameter fields:
 * <pre>
 * qualityPot:
 *   amount: 566400000
 *   weights: { results: 0.50, process: 0.30, patientExperience: 0.20 }
 *   source: "HIGH: …"          # the source of every figure of the pot
 * </pre>
 * A rule set of its own states every figure; a candidate only those it changes. Weights that do not add up to 1 are
 * refused at {@code qualityPot.weights}, with the file, line and column.
 */
final class QualityPotReading {

    static final String SECTION = "qualityPot";
    private static final String WEIGHTS = "weights";
    private static final String SOURCE = "source";

    private QualityPotReading() {
    }

    /** Every figure and the source the section states, as changes; a value out of bounds is refused where it stands. */
    static ParameterChanges read(YamlPlaces file, Map<String, Object> section) {
        Map<ParameterPath, Object> values = new TreeMap<>();
        String source = null;
        for (Map.Entry<String, Object> entry : section.entrySet()) {
            String at = SECTION + "." + entry.getKey();
            switch (entry.getKey()) {
                case SOURCE -> source = String.valueOf(entry.getValue());
                case WEIGHTS -> {
                    if (!(entry.getValue() instanceof Map<?, ?> weights)) {
                        throw file.refused(at, "a weight per category is expected (" + names() + ")");
                    }
                    weights.forEach((name, value) -> put(file, values, at + "." + name, WEIGHTS + "." + name, value));
                }
                default -> put(file, values, at, entry.getKey(), entry.getValue());
            }
        }
        Map<ParameterPath, String> sources = new TreeMap<>();
        if (source != null) {
            for (ParameterPath path : values.keySet()) {
                sources.put(path, source);
            }
        }
        return new ParameterChanges(new TreeMap<>(values), new TreeMap<>(sources));
    }

    private static void put(YamlPlaces file, Map<ParameterPath, Object> values, String at, String name, Object raw) {
        ParameterField field = ParameterField.named(ParameterField.Scope.QUALITY_POT, name).orElseThrow(() -> {
            List<String> known = new ArrayList<>(List.of("amount", WEIGHTS, SOURCE));
            return file.refused(at, "unknown field '" + name.substring(name.indexOf('.') + 1) + "'; known fields: "
                    + (name.startsWith(WEIGHTS + ".") ? names() : known));
        });
        values.put(ParameterPath.qualityPot(field), file.parse(at, () -> {
            Object value = field.parse(raw);
            String problem = field.problem(value);
            if (problem != null) {
                throw new IllegalArgumentException(problem + ": " + raw);
            }
            return value;
        }));
    }

    private static List<String> names() {
        return java.util.Arrays.stream(QualityCategory.values()).map(QualityCategory::weightName).toList();
    }

    /** The pot of a rule set of its own: every figure stated, the weights adding up to 1. */
    static QualityPot complete(YamlPlaces file, ParameterChanges read) {
        Map<QualityCategory, java.math.BigDecimal> weights = new EnumMap<>(QualityCategory.class);
        for (QualityCategory category : QualityCategory.values()) {
            Object weight = read.values().get(ParameterPath.qualityPot(category.weightField()));
            if (weight == null) {
                throw file.refused(SECTION + "." + WEIGHTS + "." + category.weightName(), "required");
            }
            weights.put(category, (java.math.BigDecimal) weight);
        }
        Object amount = read.values().get(ParameterPath.qualityPot(ParameterField.QUALITY_POT_AMOUNT));
        if (amount == null) {
            throw file.refused(SECTION + ".amount", "required (kroner in the year)");
        }
        if (read.sources().isEmpty()) {
            throw file.refused(SECTION + "." + SOURCE, "required: where the pot and its weights come from");
        }
        Map<String, String> sources = new TreeMap<>();
        read.sources().forEach((path, text) -> sources.put(path.field().fieldName(), text));
        return balanced(file, new QualityPot((java.math.BigDecimal) amount, weights, sources));
    }

    /** The pot, if its weights add up to 1; else refused at {@code qualityPot.weights}. */
    static QualityPot balanced(YamlPlaces file, QualityPot pot) {
        String problem = pot.weightsProblem();
        if (problem != null) {
            throw file.refused(SECTION + "." + WEIGHTS, problem);
        }
        return pot;
    }
}
