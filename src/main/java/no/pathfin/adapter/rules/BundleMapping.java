package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.pathfin.adapter.rules.ParameterFiles.BundleEntry;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.BundleDesign;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.WeightTable;

/**
 * Turns the entries of a bundles file into bundle definitions, refusing anything that is wrong with the file, the line
 * and column it stands at, and its field ({@code bundles[0].window.daysAfter}), as a parameters file's values are.
 */
final class BundleMapping {

    /** An entry of a bundles file, with the file it is written in and where ({@code bundles[0]}). */
    record Placed(BundleEntry entry, YamlPlaces file, String path) {
    }

    private BundleMapping() {
    }

    /** The entries of one bundles file, each with its place in it. */
    static List<Placed> read(RuleSetFiles files, Path path) {
        ParameterFiles.BundlesFile file = files.yaml(path, ParameterFiles.BundlesFile.class);
        YamlPlaces places = new YamlPlaces(files.display(path), files.bytes(path));
        List<BundleEntry> entries = file.bundles() == null ? List.of() : file.bundles();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            placed.add(new Placed(entries.get(i), places, "bundles[" + i + "]"));
        }
        return placed;
    }

    static BundleDefinition bundle(Placed placed, WeightTable weights) {
        BundleEntry entry = placed.entry();
        YamlPlaces file = placed.file();
        String at = placed.path();
        if (entry.id() == null) {
            throw file.refused(at + ".id", "required");
        }
        if (entry.trigger() == null) {
            throw file.refused(at + ".trigger", "required: groupCodes or procedureCodes");
        }
        if (entry.window() == null) {
            throw file.refused(at + ".window", "required: daysBefore and daysAfter");
        }
        List<String> groups = orEmpty(entry.trigger().groupCodes());
        for (int i = 0; i < groups.size(); i++) {
            if (weights.find(groups.get(i)).isEmpty()) {
                throw file.refused(at + ".trigger.groupCodes[" + i + "]", groups.get(i) + " is not in the weight table");
            }
        }
        List<String> procedures = orEmpty(entry.trigger().procedureCodes());
        if (groups.isEmpty() && procedures.isEmpty()) {
            throw file.refused(at + ".trigger", "needs a group code or a procedure code");
        }
        int before = (Integer) bounded(file, at + ".window.daysBefore", ParameterField.BUNDLE_DAYS_BEFORE,
                entry.window().daysBefore());
        int after = (Integer) bounded(file, at + ".window.daysAfter", ParameterField.BUNDLE_DAYS_AFTER,
                entry.window().daysAfter());
        BigDecimal price = (BigDecimal) bounded(file, at + ".price", ParameterField.BUNDLE_PRICE, entry.price());
        Set<ContactKind> kinds = codes(file, at + ".includedKinds", ContactKind.class, entry.includedKinds());
        Set<Setting> settings = entry.includedSettings() == null ? Set.of()
                : codes(file, at + ".includedSettings", Setting.class, entry.includedSettings());
        BundleDefinition.Outlier outlier = outlier(file, at + ".outlier", entry.outlier());
        BundleDesign design = BundleDesignMapping.design(file, at, entry, weights);
        return file.parse(at, () -> new BundleDefinition(entry.id(), entry.description(), Set.copyOf(groups),
                Set.copyOf(procedures), before, after, kinds, settings, price, entry.priceBasis(), outlier, design));
    }

    /** A value within its field's bounds (the one list of parameter fields), or a refusal where it is written. */
    static Object bounded(YamlPlaces file, String path, ParameterField field, Object value) {
        if (value == null) {
            throw file.refused(path, "required");
        }
        String problem = field.problem(value);
        if (problem != null) {
            throw file.refused(path, problem + ": " + field.describe(value));
        }
        return value;
    }

    private static BundleDefinition.Outlier outlier(YamlPlaces file, String path, ParameterFiles.OutlierEntry entry) {
        if (entry == null) {
            return null;
        }
        try {
            return new BundleDefinition.Outlier(entry.thresholdFactor(), entry.shareOfExcess());
        } catch (InvalidValue e) {
            throw file.refused(path + "." + e.field(), e.getMessage());
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static <E extends Enum<E>> Set<E> codes(YamlPlaces file, String path, Class<E> type, List<String> values) {
        if (values == null) {
            throw file.refused(path, "required (a list of " + Codes.allOf(type) + ")");
        }
        Set<E> parsed = EnumSet.noneOf(type);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            parsed.add(file.parse(path + "[" + i + "]", () -> Codes.parse(type, value)));
        }
        return parsed;
    }
}
