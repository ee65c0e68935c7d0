package no.pathfin.domain.ruleset;

import java.util.Comparator;
import java.util.Objects;
import no.pathfin.domain.Codes;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Setting;

/**
 * Where one parameter is: a field, and the setting, group code or bundle id it belongs to. Written
 * {@code tariffs.somatic.isfShare}, {@code weights.ORT-CONTROL}, {@code bundles.hip-replacement-bundle.price},
 * {@code periods.digital-home-follow-up.weight}, {@code qualityPot.weights.results} (the quality pot is one per rule
 * set: its key is empty);
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

    /**
     * A path as {@link #toString()} writes it: {@code tariffs.somatic.isfShare}, {@code weights.ORT-CONTROL},
     * {@code bundles.hip-replacement-bundle.price}. The field is the longest field name of the scope that ends it.
     *
     * @throws InvalidValue naming {@code field} when the text is no path of a parameter
     */
    public static ParameterPath parse(String text, String field) {
        for (ParameterField.Scope scope : ParameterField.Scope.values()) {
            String prefix = scope.prefix() + ".";
            if (text == null || !text.startsWith(prefix)) {
                continue;
            }
            String rest = text.substring(prefix.length());
            boolean keyless = scope == ParameterField.Scope.QUALITY_POT;
            ParameterField named = ParameterField.of(scope).stream()
                    .filter(f -> keyless ? rest.equals(f.fieldName()) : f.fieldName().isEmpty() ? !rest.isEmpty()
                            : rest.endsWith("." + f.fieldName()) && rest.length() > f.fieldName().length() + 1)
                    .max(Comparator.comparingInt(f -> f.fieldName().length())).orElse(null);
            if (named == null) {
                break;
            }
            String key = keyless ? "" : named.fieldName().isEmpty() ? rest
                    : rest.substring(0, rest.length() - named.fieldName().length() - 1);
            if (scope == ParameterField.Scope.TARIFF) {
                try {
                    Codes.parse(Setting.class, key);
                } catch (IllegalArgumentException e) {
                    throw new InvalidValue(field, "'" + key + "' in " + text + " is not a setting: " + e.getMessage());
                }
            }
            return new ParameterPath(named, key);
        }
        throw new InvalidValue(field, "'" + text + "' is not a parameter; write it as tariffs.SETTING.FIELD,"
                + " weights.GROUP-CODE, bundles.BUNDLE-ID.FIELD, periods.PERIOD-ID.FIELD or qualityPot.FIELD, e.g."
                + " tariffs.somatic.isfShare");
    }

    public static ParameterPath period(String periodId, ParameterField field) {
        return new ParameterPath(requireScope(field, ParameterField.Scope.PERIOD), periodId);
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
