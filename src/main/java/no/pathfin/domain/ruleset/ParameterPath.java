package no.pathfin.domain.ruleset;

import java.util.Comparator;
import java.util.Objects;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Setting;

/**
 * Where one parameter is: a field, and the setting, group code or bundle id it belongs to. Written
 * {@code tariffs.somatic.isfShare}, {@code weights.ORT-CONTROL}, {@code bundles.hip-replacement-bundle.price},
 * {@code qualityPot.weights.results} (the quality pot is one per rule set: its key is empty);
 * ordered by scope, then setting (in the order of {@link Setting}) or code or id, then field.
 */
public record ParameterPath(ParameterField field, String key) implements Comparable<ParameterPath> {

    private static final Comparator<ParameterPath> ORDER = Comparator
            .comparing((ParameterPath p) -> p.field.scope())
            .thenComparing(p -> p.field.scope() == ParameterField.Scope.TARIFF ? p.setting().ordinal() : 0)
            .thenComparing(ParameterPath::key)
            .thenComparing(ParameterPath::field);

    public ParameterPath {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
    }

    public static ParameterPath tariff(Setting setting, ParameterField field) {
        return new ParameterPath(requireScope(field, ParameterField.Scope.TARIFF), Codes.of(setting));
    }

    public static ParameterPath weight(String groupCode) {
        return new ParameterPath(ParameterField.COST_WEIGHT, groupCode);
    }

    public static ParameterPath bundle(String bundleId, ParameterField field) {
        return new ParameterPath(requireScope(field, ParameterField.Scope.BUNDLE), bundleId);
    }

    public static ParameterPath qualityPot(ParameterField field) {
        return new ParameterPath(requireScope(field, ParameterField.Scope.QUALITY_POT), "");
    }

    /** The setting of a tariff field's path. */
    public Setting setting() {
        return Codes.parse(Setting.class, key);
    }

    @Override
    public int compareTo(ParameterPath other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        String prefix = key.isEmpty() ? field.scope().prefix() : field.scope().prefix() + "." + key;
        return field.fieldName().isEmpty() ? prefix : prefix + "." + field.fieldName();
    }

    private static ParameterField requireScope(ParameterField field, ParameterField.Scope scope) {
        if (field.scope() != scope) {
            throw new IllegalArgumentException(field + " is not a field of " + scope.prefix());
        }
        return field;
    }
}
