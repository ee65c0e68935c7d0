package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.rules.ParameterFiles.PeriodEntry;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.PeriodDefinition;
import no.pathfin.domain.ruleset.WeightTable;

/**
 * Turns the entries of a periods file into period-payment definitions, refusing anything that is wrong with the file,
 * the line and column it stands at, and its field ({@code periods[0].periodMonths}), as a bundles file's are.
 */
final class PeriodMapping {

    /** An entry of a periods file, with the file it is written in and where ({@code periods[0]}). */
    record Placed(PeriodEntry entry, YamlPlaces file, String path) {
    }

    private PeriodMapping() {
    }

    /**
     * A base's period payments, with a folder's ({@code periods.yaml} unless the manifest names another file)
     * replacing or adding by id; each one's origin is recorded as {@code periods.<id>}.
     */
    static Map<String, Placed> over(RuleSetFiles files, Path folder, Manifest manifest, Map<String, Placed> base,
                                    Map<String, String> origins) {
        Map<String, Placed> periods = new LinkedHashMap<>(base);
        Path path = folder.resolve(manifest.periods() == null ? "periods.yaml" : manifest.periods());
        if (manifest.periods() == null && !Files.exists(path)) {
            return periods;
        }
        Map<String, Placed> own = new HashMap<>();
        int index = 0;
        for (Placed period : read(files, path)) {
            String key = period.entry().id() != null ? period.entry().id() : "period-" + index++;
            Placed twice = own.put(key, period);
            if (twice != null) {
                throw period.file().refused(period.path() + ".id", "period payment " + key + " is defined twice in"
                        + " this file (first at " + twice.file().where(twice.path()) + ")");
            }
            periods.put(key, period);
            origins.put("periods." + key, manifest.id());
        }
        return periods;
    }

    /** The entries of one periods file, each with its place in it. */
    static List<Placed> read(RuleSetFiles files, Path path) {
        ParameterFiles.PeriodsFile file = files.yaml(path, ParameterFiles.PeriodsFile.class);
        YamlPlaces places = new YamlPlaces(files.display(path), files.bytes(path));
        List<PeriodEntry> entries = file == null || file.periods() == null ? List.of() : file.periods();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            placed.add(new Placed(entries.get(i), places, "periods[" + i + "]"));
        }
        return placed;
    }

    static PeriodDefinition period(Placed placed, WeightTable weights) {
        PeriodEntry entry = placed.entry();
        YamlPlaces file = placed.file();
        String at = placed.path();
        if (entry.id() == null) {
            throw file.refused(at + ".id", "required");
        }
        if (entry.periodMonths() == null) {
            throw file.refused(at + ".periodMonths", "required (4: tertials)");
        }
        if (!PeriodDefinition.LENGTHS.contains(entry.periodMonths())) {
            throw file.refused(at + ".periodMonths", "a period must divide the year into whole periods (1, 2, 3, 4, 6"
                    + " or 12 months; 4 is a tertial): " + entry.periodMonths());
        }
        List<String> codes = entry.groupCodes() == null ? List.of() : entry.groupCodes();
        if (codes.isEmpty()) {
            throw file.refused(at + ".groupCodes", "required: the group codes whose contacts qualify");
        }
        for (int i = 0; i < codes.size(); i++) {
            if (weights.find(codes.get(i)).isEmpty()) {
                throw file.refused(at + ".groupCodes[" + i + "]", codes.get(i) + " is not in the weight table");
            }
        }
        if (entry.setting() == null) {
            throw file.refused(at + ".setting", "required (one of " + Codes.allOf(Setting.class) + ")");
        }
        Setting setting = file.parse(at + ".setting", () -> Codes.parse(Setting.class, entry.setting()));
        BigDecimal weight = weight(file, at + ".weight", entry.weight());
        if (entry.source() == null || entry.source().isBlank()) {
            throw file.refused(at + ".source", "required: where the weight comes from (HIGH, MED, ASSUMPTION or"
                    + " ILLUSTRATIVE)");
        }
        return file.parse(at, () -> new PeriodDefinition(entry.id(), entry.description(), entry.periodMonths(),
                java.util.Set.copyOf(codes), setting, weight, entry.source()));
    }

    /**
     * The period payments of one rule set may not share a group code: a contact with it would earn each of them, for
     * the same patient and period. A rule set that does so is refused at the second payment's code.
     */
    static void distinct(List<Placed> periods) {
        Map<String, Placed> seen = new HashMap<>();
        for (Placed period : periods) {
            List<String> codes = period.entry().groupCodes() == null ? List.of() : period.entry().groupCodes();
            for (int i = 0; i < codes.size(); i++) {
                Placed first = seen.putIfAbsent(codes.get(i), period);
                if (first != null && !first.entry().id().equals(period.entry().id())) {
                    throw period.file().refused(period.path() + ".groupCodes[" + i + "]", "the group code "
                            + codes.get(i) + " qualifies for both period payment " + first.entry().id() + " ("
                            + first.file().where(first.path()) + ") and " + period.entry().id()
                            + ": a contact with it would be paid twice; give each code to one period payment");
                }
            }
        }
    }

    /** The weight within its field's bounds (the one list of parameter fields), or a refusal where it is written. */
    private static BigDecimal weight(YamlPlaces file, String path, BigDecimal value) {
        if (value == null) {
            throw file.refused(path, "required");
        }
        String problem = ParameterField.PERIOD_WEIGHT.problem(value);
        if (problem != null) {
            throw file.refused(path, problem + ": " + ParameterField.PERIOD_WEIGHT.describe(value));
        }
        return value;
    }
}
