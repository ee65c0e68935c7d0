package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.pathfin.adapter.rules.ParameterFiles.BundleEntry;
import no.pathfin.domain.ruleset.BundleDesign;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.WeightTable;

/**
 * The design options of a bundles file's entry (discount, exclusions, quality reduction, corridor, and the sources of
 * their figures), each value checked against its field in the one list of parameter fields and refused with the
 * file, line and column it stands at ({@code bundles[0].corridor.stopLoss}).
 */
final class BundleDesignMapping {

    private BundleDesignMapping() {
    }

    static BundleDesign design(YamlPlaces file, String at, BundleEntry entry, WeightTable weights) {
        BigDecimal discount = entry.discount() == null ? null
                : (BigDecimal) BundleMapping.bounded(file, at + ".discount", ParameterField.BUNDLE_DISCOUNT, entry.discount());
        Set<String> excluded = groupCodes(file, at + ".excludedGroupCodes", entry.excludedGroupCodes(), weights);
        BundleDesign.Quality quality = null;
        if (entry.quality() != null) {
            Set<String> events = groupCodes(file, at + ".quality.eventGroupCodes", entry.quality().eventGroupCodes(),
                    weights);
            if (events.isEmpty()) {
                throw file.refused(at + ".quality.eventGroupCodes", "required: the group codes of a quality event");
            }
            BigDecimal reduction = (BigDecimal) BundleMapping.bounded(file, at + ".quality.reduction",
                    ParameterField.BUNDLE_QUALITY_REDUCTION, entry.quality().reduction());
            quality = new BundleDesign.Quality(events, reduction);
        }
        BundleDesign.Corridor corridor = null;
        if (entry.corridor() != null) {
            BigDecimal stopLoss = side(file, at + ".corridor.stopLoss", ParameterField.BUNDLE_CORRIDOR_STOP_LOSS,
                    entry.corridor().stopLoss());
            BigDecimal stopGain = side(file, at + ".corridor.stopGain", ParameterField.BUNDLE_CORRIDOR_STOP_GAIN,
                    entry.corridor().stopGain());
            if (stopLoss == null && stopGain == null) {
                throw file.refused(at + ".corridor", "required: stopLoss, stopGain or both");
            }
            corridor = new BundleDesign.Corridor(stopLoss, stopGain);
        }
        Map<String, String> sources = entry.sources() == null ? Map.of() : entry.sources();
        List<String> known = new ArrayList<>(List.of("discount", "excludedGroupCodes", "quality", "corridor", "outlier"));
        ParameterField.of(ParameterField.Scope.BUNDLE).stream().map(ParameterField::fieldName)
                .filter(n -> n.contains(".")).forEach(known::add);
        for (String key : sources.keySet()) {
            if (!known.contains(key)) {
                throw file.refused(at + ".sources." + key, "unknown option; known: " + known);
            }
        }
        return new BundleDesign(discount, excluded, quality, corridor, sources);
    }

    private static BigDecimal side(YamlPlaces file, String path, ParameterField field, BigDecimal value) {
        return value == null ? null : (BigDecimal) BundleMapping.bounded(file, path, field, value);
    }

    /** Group codes that must each be in the weight table, refused at the code itself if one is not. */
    private static Set<String> groupCodes(YamlPlaces file, String path, List<String> codes, WeightTable weights) {
        if (codes == null) {
            return Set.of();
        }
        Set<String> set = new TreeSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || weights.find(codes.get(i)).isEmpty()) {
                throw file.refused(path + "[" + i + "]", codes.get(i) + " is not in the weight table");
            }
            set.add(codes.get(i));
        }
        return set;
    }
}
