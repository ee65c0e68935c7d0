package no.pathfin.adapter.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.pathfin.adapter.rules.ParameterFiles.BundleEntry;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.WeightTable;

/** Turns an entry of a bundles file into a bundle definition, naming the file and field of anything that is wrong. */
final class BundleMapping {

    private BundleMapping() {
    }

    static BundleDefinition bundle(String file, String path, BundleEntry entry, WeightTable weights) {
        if (entry.trigger() == null || entry.window() == null) {
            throw new DataFileException(file, 0, 0, path + ": trigger and window are required");
        }
        List<String> groups = orEmpty(entry.trigger().groupCodes());
        for (String group : groups) {
            if (weights.find(group).isEmpty()) {
                throw new DataFileException(file, 0, 0, path + ".trigger.groupCodes: " + group
                        + " is not in the weight table");
            }
        }
        BundleDefinition.Outlier outlier = entry.outlier() == null ? null : RuleSetFolder.parse(file, path + ".outlier",
                () -> new BundleDefinition.Outlier(entry.outlier().thresholdFactor(), entry.outlier().shareOfExcess()));
        return RuleSetFolder.parse(file, path, () -> new BundleDefinition(entry.id(), entry.description(),
                Set.copyOf(groups), Set.copyOf(orEmpty(entry.trigger().procedureCodes())),
                required(entry.window().daysBefore(), "window.daysBefore"),
                required(entry.window().daysAfter(), "window.daysAfter"),
                codes(file, path + ".includedKinds", ContactKind.class, entry.includedKinds()),
                entry.includedSettings() == null ? Set.of()
                        : codes(file, path + ".includedSettings", Setting.class, entry.includedSettings()),
                entry.price(), entry.priceBasis(), outlier));
    }

    private static int required(Integer value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static <E extends Enum<E>> Set<E> codes(String file, String path, Class<E> type, List<String> values) {
        if (values == null) {
            throw new DataFileException(file, 0, 0, path + ": required (a list of " + Codes.allOf(type) + ")");
        }
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values) {
            parsed.add(RuleSetFolder.parse(file, path, () -> Codes.parse(type, value)));
        }
        return parsed;
    }
}
