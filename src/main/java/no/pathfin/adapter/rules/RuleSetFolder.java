package no.pathfin.adapter.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Setting;
import no.pathfin.domain.costing.CostModel;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.PeriodDefinition;
import no.pathfin.domain.ruleset.QualityPot;
import no.pathfin.domain.ruleset.RuleSetInfo;
import no.pathfin.domain.ruleset.RuleSetStatus;
import no.pathfin.domain.ruleset.Tariff;
import no.pathfin.domain.ruleset.Validity;
import no.pathfin.domain.ruleset.WeightTable;

/**
 * One rule-set folder: {@code manifest.yaml}, {@code parameters.yaml}, a weight table, optional
 * {@code bundles.yaml} and {@code periods.yaml}, its own DRL files and those of the folders it includes. A candidate names the rule set it
 * extends and holds only what differs: its tariff values are applied to its base's as {@link ParameterChanges} (the
 * same model as a request's overrides), weight rows, bundles and period payments replace or add by key, DRL files by file name; every
 * value remembers which rule set set it.
 */
final class RuleSetFolder {

    private final Path root;
    private final Path folder;
    private final RuleSetFiles files;
    private final RuleBases ruleBases;

    RuleSetFolder(Path root, Path folder, RuleBases ruleBases) {
        this.root = root;
        this.folder = folder;
        this.files = new RuleSetFiles(root);
        this.ruleBases = ruleBases;
    }

    /** What a folder resolves to once the rule set it extends (if any) is resolved under it. */
    private record Resolution(Manifest manifest, Validity validity, RuleSetStatus status, Map<Setting, Tariff> tariffs,
                              QualityPot qualityPot, Map<String, String> origins, Map<String, CostWeight> weights,
                              Map<String, BundleMapping.Placed> bundles, Map<String, PeriodMapping.Placed> periods,
                              Map<String, Map.Entry<String, byte[]>> drl,
                              String parametersFile, Path costs, Path groupCosts) {
    }

    DroolsRuleSet load() {
        Resolution r = resolve(new HashSet<>());
        Manifest manifest = r.manifest();
        WeightTable weights = WeightTable.of(r.weights().values());
        List<BundleDefinition> bundles = new ArrayList<>();
        for (BundleMapping.Placed placed : r.bundles().values()) {
            bundles.add(BundleMapping.bundle(placed, weights));
        }
        BundleTriggers.distinct(List.copyOf(r.bundles().values()));
        List<PeriodDefinition> periods = new ArrayList<>();
        for (PeriodMapping.Placed placed : r.periods().values()) {
            periods.add(PeriodMapping.period(placed, weights));
        }
        PeriodMapping.distinct(List.copyOf(r.periods().values()));
        Map<String, byte[]> drl = new LinkedHashMap<>();
        r.drl().values().forEach(e -> drl.put(e.getKey(), e.getValue()));
        if (drl.isEmpty()) {
            throw new DataFileException(files.display(folder.resolve("manifest.yaml")), 0, 0,
                    "the rule set has no DRL file (include 'common'?)");
        }
        Map<Setting, java.math.BigDecimal> unitPrices = new java.util.EnumMap<>(Setting.class);
        r.tariffs().forEach((setting, tariff) -> unitPrices.put(setting, tariff.unitPrice()));
        CostModel costs = CostFiles.read(files, r.costs(), r.groupCosts(), unitPrices, manifest.id());
        String contentHash = files.contentHash();
        Parameters parameters = parse(r.parametersFile(), "tariffs",
                () -> Parameters.of(r.tariffs(), weights, bundles, periods, r.qualityPot(), contentHash));
        RuleSetInfo info = new RuleSetInfo(manifest.id(), manifest.title(), manifest.description(), r.validity(),
                r.status(), manifest.sources(), contentHash, manifest.base(), r.origins());
        return new DroolsRuleSet(info, parameters, costs, ruleBases.of(manifest.id(), drl), RuleSetFiles.hash(drl));
    }

    private Resolution resolve(Set<String> seen) {
        String manifestPath = files.display(folder.resolve("manifest.yaml"));
        Manifest manifest = files.manifest(folder.resolve("manifest.yaml"));
        String folderName = folder.getFileName().toString();
        if (manifest.id() == null || !manifest.id().equals(folderName)) {
            throw new DataFileException(manifestPath, 0, 0, "id '" + manifest.id() + "' must equal the folder name '"
                    + folderName + "'");
        }
        if (!seen.add(manifest.id())) {
            throw new DataFileException(manifestPath, 0, 0, "extends itself through " + seen);
        }
        Resolution base = null;
        if (manifest.base() != null) {
            Path baseFolder = root.resolve(manifest.base()).normalize();
            if (!Files.isRegularFile(baseFolder.resolve("manifest.yaml"))) {
                throw new DataFileException(manifestPath, 0, 0, "extends '" + manifest.base()
                        + "', which is not a rule set folder under " + files.display(root));
            }
            RuleSetFolder parent = new RuleSetFolder(root, baseFolder, ruleBases);
            base = parent.resolve(seen);
            files.include(parent.files);
        }
        Validity validity = manifest.validFrom() == null && manifest.validTo() == null && base != null
                ? base.validity() : validity(manifest, manifestPath);
        RuleSetStatus status = manifest.status() == null && base != null ? base.status()
                : parse(manifestPath, "status", () -> Codes.parse(RuleSetStatus.class, manifest.status()));
        Map<String, String> origins = base == null ? new TreeMap<>() : new TreeMap<>(base.origins());

        Path parametersPath = folder.resolve(manifest.parameters());
        String parametersFile = base != null && !Files.exists(parametersPath) ? base.parametersFile()
                : files.display(parametersPath);
        Parameters own = base == null ? tariffs(manifest.id(), parametersPath, origins)
                : Files.exists(parametersPath) ? changedTariffs(manifest.id(), parametersPath, base, origins)
                : Parameters.of(base.tariffs(), WeightTable.of(List.of()), List.of(), List.of(), base.qualityPot(), "base");
        Map<Setting, Tariff> tariffs = own.tariffs();
        QualityPot qualityPot = own.qualityPot().orElse(null);

        Map<String, CostWeight> weights = weights(manifest, base, origins);
        Map<String, BundleMapping.Placed> bundles = base == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(base.bundles());
        Path bundlesPath = folder.resolve(manifest.bundles() == null ? "bundles.yaml" : manifest.bundles());
        if (manifest.bundles() != null || (base != null && Files.exists(bundlesPath))) {
            bundles(manifest.id(), bundlesPath, bundles, origins);
        }
        Map<String, PeriodMapping.Placed> periods = PeriodMapping.over(files, folder, manifest,
                base == null ? Map.of() : base.periods(), origins);
        Map<String, Map.Entry<String, byte[]>> drl = drl(manifest, manifestPath, base, origins);
        Path costs = manifest.costs() != null ? folder.resolve(manifest.costs()).normalize()
                : base == null ? null : base.costs();
        Path groupCosts = manifest.groupCosts() != null ? folder.resolve(manifest.groupCosts()).normalize()
                : base == null ? null : base.groupCosts();
        return new Resolution(manifest, validity, status, tariffs, qualityPot, origins, weights, bundles, periods, drl,
                parametersFile,
                costs, groupCosts);
    }

    /** The base's weight rows, with this folder's rows replacing or adding by group code. */
    private Map<String, CostWeight> weights(Manifest manifest, Resolution base, Map<String, String> origins) {
        Map<String, CostWeight> weights = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base.weights());
        Path path = folder.resolve(manifest.weights()).normalize();
        if (base == null || Files.exists(path)) {
            for (CostWeight row : WeightCsv.parse(files.display(path), files.text(path)).byCode().values()) {
                weights.put(row.groupCode(), row);
                origins.put("weights." + row.groupCode(), manifest.id());
            }
        }
        return weights;
    }

    /** This folder's bundles, replacing or adding to the base's by id. */
    private void bundles(String id, Path path, Map<String, BundleMapping.Placed> bundles, Map<String, String> origins) {
        int index = 0;
        Map<String, BundleMapping.Placed> own = new HashMap<>();
        for (BundleMapping.Placed bundle : BundleMapping.read(files, path)) {
            String key = bundle.entry().id() != null ? bundle.entry().id() : "bundle-" + index++;
            BundleMapping.Placed twice = own.put(key, bundle);
            if (twice != null) {
                throw bundle.file().refused(bundle.path() + ".id", "bundle " + key + " is defined twice in this file"
                        + " (first at " + twice.file().where(twice.path()) + ")");
            }
            bundles.put(key, bundle);
            origins.put("bundles." + key, id);
        }
    }

    /** The base's DRL files, those of the included folders, and this folder's, by file name (a later one replaces). */
    private Map<String, Map.Entry<String, byte[]>> drl(Manifest manifest, String manifestPath, Resolution base,
                                                      Map<String, String> origins) {
        Map<String, Map.Entry<String, byte[]>> drl = base == null ? new TreeMap<>() : new TreeMap<>(base.drl());
        for (String include : manifest.include()) {
            Path included = root.resolve(include).normalize();
            if (!Files.isDirectory(included)) {
                throw new DataFileException(manifestPath, 0, 0, "included folder '" + include + "' does not exist");
            }
            files.drlFiles(included).forEach((path, bytes) -> drl.put(name(path), Map.entry(path, bytes)));
        }
        files.drlFiles(folder).forEach((path, bytes) -> {
            drl.put(name(path), Map.entry(path, bytes));
            origins.put("rules." + name(path), manifest.id());
        });
        return drl;
    }

    /** A rule set's own tariffs (every setting, every field) and quality pot, if it holds one. */
    private Parameters tariffs(String id, Path path, Map<String, String> origins) {
        ParameterFiles.ParametersFile file = files.yaml(path, ParameterFiles.ParametersFile.class);
        YamlPlaces places = new YamlPlaces(files.display(path), files.bytes(path));
        ParameterChanges read = file.tariffs() == null ? ParameterChanges.NONE
                : TariffReading.read(places, file.tariffs());
        Map<Setting, Tariff> tariffs = TariffReading.complete(places, file.tariffs(), read);
        for (Setting setting : Setting.values()) {
            for (ParameterField field : ParameterField.of(ParameterField.Scope.TARIFF)) {
                origins.put(ParameterPath.tariff(setting, field).toString(), id);
            }
        }
        QualityPot pot = null;
        if (file.qualityPot() != null) {
            pot = QualityPotReading.complete(places, QualityPotReading.read(places, file.qualityPot()));
            for (ParameterField field : ParameterField.of(ParameterField.Scope.QUALITY_POT)) {
                origins.put(ParameterPath.qualityPot(field).toString(), id);
            }
        }
        return Parameters.of(tariffs, WeightTable.of(List.of()), List.of(), List.of(), pot, "own tariffs of " + id);
    }

    /**
     * A candidate's tariffs and quality pot: its base's, with the values it states changed (and the sources it
     * states); a candidate of a base without a pot may state a whole one.
     */
    private Parameters changedTariffs(String id, Path path, Resolution base, Map<String, String> origins) {
        ParameterFiles.ParametersFile file = files.yaml(path, ParameterFiles.ParametersFile.class);
        YamlPlaces places = new YamlPlaces(files.display(path), files.bytes(path));
        ParameterChanges changes = file.tariffs() == null ? ParameterChanges.NONE
                : TariffReading.read(places, file.tariffs());
        QualityPot pot = base.qualityPot();
        if (file.qualityPot() != null) {
            ParameterChanges potChanges = QualityPotReading.read(places, file.qualityPot());
            if (pot == null) {
                pot = QualityPotReading.complete(places, potChanges);
                potChanges.values().keySet().forEach(p -> origins.put(p.toString(), id));
            } else {
                changes = changes.plus(potChanges);
            }
        }
        Parameters tariffsOnly = Parameters.of(base.tariffs(), WeightTable.of(List.of()), List.of(), List.of(), pot,
                "base of " + id);
        try {
            Parameters changed = changes.applyAsCandidate(tariffsOnly, id);
            changes.values().keySet().forEach(p -> origins.put(p.toString(), id));
            changed.qualityPot().ifPresent(q -> QualityPotReading.balanced(places, q));
            return changed;
        } catch (InvalidValue e) {
            throw places.refused(e.field(), e.getMessage());
        }
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Validity validity(Manifest manifest, String manifestPath) {
        if (manifest.validFrom() == null || manifest.validTo() == null) {
            throw new DataFileException(manifestPath, 0, 0, "validFrom and validTo are required");
        }
        return parse(manifestPath, "validTo", () -> new Validity(manifest.validFrom(), manifest.validTo()));
    }

    static <T> T parse(String file, String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw new DataFileException(file, 0, 0, field + ": " + e.getMessage());
        }
    }
}
