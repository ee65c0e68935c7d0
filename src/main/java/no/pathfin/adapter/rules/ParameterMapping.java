package no.pathfin.adapter.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.adapter.rules.ParameterFiles.BundleEntry;
import no.pathfin.adapter.rules.ParameterFiles.BundlesFile;
import no.pathfin.adapter.rules.ParameterFiles.ParametersFile;
import no.pathfin.adapter.rules.ParameterFiles.TariffEntry;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.Tariff;
import no.pathfin.domain.ruleset.WeightTable;

/** Turns parameter files into domain parameters, naming the file and field of anything that is wrong. */
final class ParameterMapping {

    private ParameterMapping() {
    }

    static Parameters parameters(String file, ParametersFile parameters, WeightTable weights,
                                 String bundlesPath, BundlesFile bundles) {
        if (parameters.tariffs() == null) {
            throw new DataFileException(file, 0, 0, "tariffs: required, one entry per setting ("
                    + Codes.allOf(Setting.class) + ")");
        }
        Map<Setting, Tariff> tariffs = new EnumMap<>(Setting.class);
        parameters.tariffs().forEach((name, entry) -> {
            Setting setting = RuleSetFolder.parse(file, "tariffs." + name, () -> Codes.parse(Setting.class, name));
            tariffs.put(setting, tariff(file, "tariffs." + name, entry));
        });
        List<BundleDefinition> definitions = new ArrayList<>();
        if (bundles != null && bundles.bundles() != null) {
            for (int i = 0; i < bundles.bundles().size(); i++) {
                definitions.add(bundle(bundlesPath, "bundles[" + i + "]", bundles.bundles().get(i), weights));
            }
        }
        return RuleSetFolder.parse(file, "tariffs", () -> new Parameters(tariffs, weights, definitions));
    }

    private static Tariff tariff(String file, String path, TariffEntry entry) {
        return RuleSetFolder.parse(file, path, () -> new Tariff(
                entry.unitPrice(), entry.isfShare(), entry.ambulantSupplementWeight(),
                codes(file, path + ".eligibleModes", ContactMode.class, entry.eligibleModes()),
                codes(file, path + ".eligiblePersonnel", PersonnelGroup.class, entry.eligiblePersonnel()),
                codes(file, path + ".videoPersonnel", PersonnelGroup.class, entry.videoPersonnel()),
                entry.sources() == null ? Map.of() : entry.sources()));
    }

    private static BundleDefinition bundle(String file, String path, BundleEntry entry, WeightTable weights) {
        if (entry.trigger() == null || entry.window() == null) {
            throw new DataFileException(file, 0, 0, path + ": trigger and window are required");
        }
        List<String> groups = RuleSetFolder.orEmpty(entry.trigger().groupCodes());
        for (String group : groups) {
            if (weights.find(group).isEmpty()) {
                throw new DataFileException(file, 0, 0, path + ".trigger.groupCodes: " + group
                        + " is not in the weight table");
            }
        }
        BundleDefinition.Outlier outlier = entry.outlier() == null ? null : RuleSetFolder.parse(file, path + ".outlier",
                () -> new BundleDefinition.Outlier(entry.outlier().thresholdFactor(), entry.outlier().shareOfExcess()));
        return RuleSetFolder.parse(file, path, () -> new BundleDefinition(entry.id(), entry.description(),
                Set.copyOf(groups), Set.copyOf(RuleSetFolder.orEmpty(entry.trigger().procedureCodes())),
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
