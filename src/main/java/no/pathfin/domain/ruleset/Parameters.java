package no.pathfin.domain.ruleset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Setting;

/**
 * Everything a rule set's rules read besides the contacts: tariffs per setting, weights, bundle and period-payment
 * definitions; and the quality pot a rule set may hold (shared by indicator points, not by contacts). They
 * are a rule set's own ({@link #changes()} empty) or that rule set's with changes applied; {@link #hash()} names
 * exactly which, so two parameter sets with the same hash hold the same values and the same sources.
 */
public final class Parameters {

    private final Map<Setting, Tariff> tariffs;
    private final WeightTable weights;
    private final List<BundleDefinition> bundles;
    private final List<PeriodDefinition> periods;
    private final QualityPot qualityPot;
    private final String basis;
    private final ParameterChanges changes;
    private final Parameters own;
    private final String hash;

    private Parameters(Map<Setting, Tariff> tariffs, WeightTable weights, List<BundleDefinition> bundles,
                       List<PeriodDefinition> periods, QualityPot qualityPot, String basis, ParameterChanges changes,
                       Parameters own) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(basis, "basis");
        EnumMap<Setting, Tariff> copy = new EnumMap<>(Setting.class);
        copy.putAll(tariffs);
        for (Setting setting : Setting.values()) {
            if (!copy.containsKey(setting)) {
                throw new IllegalArgumentException("no tariff for setting " + Codes.of(setting));
            }
        }
        this.tariffs = java.util.Collections.unmodifiableMap(copy);
        this.weights = weights;
        this.bundles = List.copyOf(bundles);
        this.periods = List.copyOf(periods);
        this.qualityPot = qualityPot;
        this.basis = basis;
        this.changes = changes;
        this.own = own == null ? this : own;
        this.hash = changes.hashWith(basis);
    }

    /**
     * A rule set's own parameters.
     *
     * @param basis the content hash of the rule set they belong to
     */
    public static Parameters of(Map<Setting, Tariff> tariffs, WeightTable weights, List<BundleDefinition> bundles,
                                String basis) {
        return of(tariffs, weights, bundles, List.of(), null, basis);
    }

    /**
     * A rule set's own parameters, with its period payments and its quality pot (null: the rule set holds none).
     */
    public static Parameters of(Map<Setting, Tariff> tariffs, WeightTable weights, List<BundleDefinition> bundles,
                                List<PeriodDefinition> periods, QualityPot qualityPot, String basis) {
        return new Parameters(tariffs, weights, bundles, periods, qualityPot, basis, ParameterChanges.NONE, null);
    }

    public Map<Setting, Tariff> tariffs() {
        return tariffs;
    }

    public Tariff tariff(Setting setting) {
        return tariffs.get(setting);
    }

    public WeightTable weights() {
        return weights;
    }

    public List<BundleDefinition> bundles() {
        return bundles;
    }

    public List<PeriodDefinition> periods() {
        return periods;
    }

    /** The quality pot shared by indicator points, or empty: the rule set holds none. */
    public java.util.Optional<QualityPot> qualityPot() {
        return java.util.Optional.ofNullable(qualityPot);
    }

    /** The changes applied to the rule set's own parameters (none for the rule set's own). */
    public ParameterChanges changes() {
        return changes;
    }

    /** SHA-256 of the rule set's content hash and the changes: the same hash, the same parameters. */
    public String hash() {
        return hash;
    }

    /** The rule set's own parameters these were changed from. */
    public Parameters own() {
        return own;
    }

    /** These values as another rule set's own (a candidate's, resolved from its base), under its content hash. */
    public Parameters as(String basis) {
        return of(tariffs, weights, bundles, periods, qualityPot, basis);
    }

    /** The value at a path, or null when the weight table has no such group code or no such bundle or period payment exists. */
    public Object value(ParameterPath path) {
        return switch (path.field().scope()) {
            case TARIFF -> tariff(path.setting()).value(path.field());
            case WEIGHT -> weights.find(path.key()).map(CostWeight::weight).orElse(null);
            case BUNDLE -> bundles.stream().filter(b -> b.id().equals(path.key())).findFirst()
                    .map(b -> b.value(path.field())).orElse(null);
            case PERIOD -> periods.stream().filter(p -> p.id().equals(path.key())).findFirst()
                    .map(p -> p.value(path.field())).orElse(null);
            case QUALITY_POT -> qualityPot == null ? null : qualityPot.value(path.field());
        };
    }

    /** A copy with one value set (it must exist), and its source where the figure holds one (null: keep it). */
    Parameters with(ParameterPath path, Object value, String source) {
        Map<Setting, Tariff> t = tariffs;
        WeightTable w = weights;
        List<BundleDefinition> b = bundles;
        List<PeriodDefinition> p = periods;
        QualityPot q = qualityPot;
        switch (path.field().scope()) {
            case TARIFF -> {
                t = new EnumMap<>(tariffs);
                t.put(path.setting(), tariff(path.setting()).with(path.field(), value, source));
            }
            case WEIGHT -> {
                Map<String, CostWeight> rows = new LinkedHashMap<>(weights.byCode());
                CostWeight row = rows.get(path.key());
                rows.put(path.key(), new CostWeight(row.groupCode(), row.description(), (java.math.BigDecimal) value,
                        source == null ? row.source() : source));
                w = new WeightTable(rows);
            }
            case BUNDLE -> {
                b = new ArrayList<>();
                for (BundleDefinition bundle : bundles) {
                    b.add(bundle.id().equals(path.key()) ? bundle.with(path.field(), value, source) : bundle);
                }
            }
            case PERIOD -> p = periods.stream().map(period -> period.id().equals(path.key())
                    ? period.with(path.field(), value, source) : period).toList();
            case QUALITY_POT -> q = qualityPot.with(path.field(), value, source);
        }
        return new Parameters(t, w, b, p, q, basis, changes, own);
    }

    /** The same values, known as the rule set's own with these changes applied. */
    Parameters changedBy(ParameterChanges applied) {
        return new Parameters(tariffs, weights, bundles, periods, qualityPot, basis, changes.plus(applied), own);
    }
}
