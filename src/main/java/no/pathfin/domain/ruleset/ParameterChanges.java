package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.pathfin.domain.InvalidValue;

/**
 * Parameters set to other values: a request's what-if overrides, what a candidate rule set changes in its base, or
 * one difference between two rule sets being attributed. Only data, never code; applied to a copy of a rule set's
 * parameters, never to the rule set. Each value is checked against its field's bounds when applied.
 *
 * @param values  the new value of each changed parameter, in path order
 * @param sources what a candidate states as the source of a parameter (it may restate a source without changing the
 *                value); empty for a request's overrides
 */
public record ParameterChanges(SortedMap<ParameterPath, Object> values, SortedMap<ParameterPath, String> sources) {

    public static final ParameterChanges NONE = new ParameterChanges(new TreeMap<>(), new TreeMap<>());

    public ParameterChanges {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    }

    /** One parameter set to a value. */
    public static ParameterChanges of(ParameterPath path, Object value) {
        return new ParameterChanges(new TreeMap<>(Map.of(path, value)), new TreeMap<>());
    }

    /** These changes and another's; where both set a parameter, the other's value wins. */
    public ParameterChanges plus(ParameterChanges other) {
        SortedMap<ParameterPath, Object> v = new TreeMap<>(values);
        v.putAll(other.values);
        SortedMap<ParameterPath, String> s = new TreeMap<>(sources);
        s.putAll(other.sources);
        return new ParameterChanges(v, s);
    }

    public boolean isEmpty() {
        return values.isEmpty() && sources.isEmpty();
    }

    /**
     * The parameters with these values, as a request's what-if: each changed figure's source says it was overridden
     * and what the rule set's value was. A value out of bounds, or a group code, bundle or period payment the rule set
     * does not have,
     * is an {@link InvalidValue} naming its path.
     */
    public Parameters applyTo(Parameters base, String ruleSetId) {
        if (values.isEmpty()) {
            return base;
        }
        Parameters result = base;
        for (Map.Entry<ParameterPath, Object> change : values.entrySet()) {
            check(base, change.getKey(), change.getValue(), ruleSetId);
            String source = "override in this request (rule set value "
                    + change.getKey().field().describe(base.own().value(change.getKey())) + ")";
            result = result.with(change.getKey(), asWritten(change.getValue(), base.value(change.getKey())), source);
        }
        return result.changedBy(this);
    }

    /**
     * A decimal written with no more than the decimals it needs, and at least those of the value it replaces: a share
     * of 0.40 overridden by 0.3 or by 0.300 is 0.30. The same figure then reads the same in every formula, whichever
     * way a request wrote it (remembered decisions are shared by requests whose values are equal).
     */
    private static Object asWritten(Object value, Object replaced) {
        if (!(value instanceof BigDecimal written)) {
            return value;
        }
        BigDecimal plain = written.stripTrailingZeros();
        int scale = Math.max(Math.max(plain.scale(), 0), replaced instanceof BigDecimal r ? r.scale() : 0);
        return plain.setScale(scale);
    }

    /**
     * The parameters with these values, as a candidate rule set's own: each figure keeps the source the candidate
     * states for it, or else its base's.
     */
    public Parameters applyAsCandidate(Parameters base, String candidateId) {
        Parameters result = base;
        for (Map.Entry<ParameterPath, Object> change : values.entrySet()) {
            check(base, change.getKey(), change.getValue(), candidateId);
            result = result.with(change.getKey(), change.getValue(), sources.get(change.getKey()));
        }
        for (Map.Entry<ParameterPath, String> source : sources.entrySet()) {
            if (!values.containsKey(source.getKey())) {
                check(base, source.getKey(), base.value(source.getKey()), candidateId);
                result = result.with(source.getKey(), base.value(source.getKey()), source.getValue());
            }
        }
        return result;
    }

    /** Refuses a value outside its field's bounds, or a parameter the base does not have. */
    private static void check(Parameters base, ParameterPath path, Object value, String ruleSetId) {
        boolean bundle = path.field().scope() == ParameterField.Scope.BUNDLE;
        // an option a bundle lacks reads as null, yet may be set: only the bundle itself must exist
        if (bundle ? base.bundles().stream().noneMatch(b -> b.id().equals(path.key())) : base.value(path) == null) {
            throw switch (path.field().scope()) {
                case WEIGHT -> new InvalidValue(path.toString(), "group code '" + path.key()
                        + "' is not in the weight table of " + ruleSetId);
                case PERIOD -> new InvalidValue("periods." + path.key(), "no period payment '" + path.key() + "' in "
                        + ruleSetId);
                case QUALITY_POT -> new InvalidValue(path.toString(), ruleSetId + " holds no quality pot");
                default -> new InvalidValue("bundles." + path.key(), "no bundle '" + path.key() + "' in " + ruleSetId);
            };
        }
        String problem = path.field().problem(value);
        if (problem != null) {
            throw new InvalidValue(path.toString(), problem);
        }
    }

    /** One line per changed value, in path order: the basis of the reproducibility hash. */
    public String canonical() {
        List<String> lines = values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getKey().field().canonical(e.getValue())).toList();
        return String.join("\n", lines);
    }

    /** SHA-256 of a rule set's content hash and these changes: the same hash, the same numbers. */
    public String hashWith(String ruleSetHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ruleSetHash + "\n" + canonical()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] names, Object value) {
        Map<String, Object> at = tree;
        for (int i = 0; i < names.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(names[i], k -> new LinkedHashMap<String, Object>());
        }
        at.put(names[names.length - 1], value);
    }

    /**
     * The changed values as plain nested data: {@code tariffs → setting → field}, {@code weights}, {@code bundles → id →
     * field} (a part's field under its part: {@code corridor → stopLoss}), {@code periods → id → field},
     * {@code qualityPot → amount, weights → category}.
     */
    public Map<String, Object> asTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (ParameterField.Scope scope : ParameterField.Scope.values()) {
            Map<String, Object> part = new LinkedHashMap<>();
            values.forEach((path, value) -> {
                if (path.field().scope() == scope) {
                    Object plain = path.field().plain(value);
                    if (scope == ParameterField.Scope.WEIGHT) {
                        part.put(path.key(), plain);
                    } else if (scope == ParameterField.Scope.QUALITY_POT) {
                        put(part, path.field().fieldName().split("\\."), plain);
                    } else {
                        Map<String, Object> fields = nested(part, path.key());
                        String name = path.field().fieldName();
                        int dot = name.indexOf('.');
                        if (dot > 0) { // a field of a part of a bundle: corridor.stopLoss → corridor: {stopLoss: …}
                            fields = nested(fields, name.substring(0, dot));
                            name = name.substring(dot + 1);
                        }
                        fields.put(name, plain);
                    }
                }
            });
            tree.put(scope.prefix(), part);
        }
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }
}
