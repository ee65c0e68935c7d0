package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule set's quality pot (kvalitetsbasert finansiering, KBF): the kroner of a year shared among the health trusts by
 * their quality indicator points, and the weight of each indicator category. Each figure is a parameter field
 * ({@code qualityPot.amount}, {@code qualityPot.weights.results}, …) so that candidates and overrides can set it.
 * The weights must add up to 1 to be shared ({@link #weightsProblem()}); a pot being changed one figure at a time
 * may be out of balance until its last figure is set.
 *
 * @param amount  kroner in the year, at most two decimals
 * @param weights by category, each from 0 to 1
 * @param sources where each figure comes from, keyed by field name ({@code amount}, {@code weights.results}, …)
 */
public record QualityPot(BigDecimal amount, Map<QualityCategory, BigDecimal> weights, Map<String, String> sources) {

    public QualityPot {
        EnumMap<QualityCategory, BigDecimal> copy = new EnumMap<>(QualityCategory.class);
        copy.putAll(weights);
        check(ParameterField.QUALITY_POT_AMOUNT, amount);
        for (QualityCategory category : QualityCategory.values()) {
            check(category.weightField(), copy.get(category));
        }
        weights = Collections.unmodifiableMap(copy);
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    private static void check(ParameterField field, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(field.fieldName() + " is required");
        }
        String problem = field.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + value.toPlainString());
        }
    }

    public BigDecimal weight(QualityCategory category) {
        return weights.get(category);
    }

    /** Why the weights cannot share the pot (they do not add up to 1), or null. */
    public String weightsProblem() {
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(BigDecimal.ONE) == 0 ? null
                : "the weights of results, process and patient experience must add up to 1; they add up to "
                + sum.stripTrailingZeros().toPlainString();
    }

    public Object value(ParameterField field) {
        if (field == ParameterField.QUALITY_POT_AMOUNT) {
            return amount;
        }
        for (QualityCategory category : QualityCategory.values()) {
            if (category.weightField() == field) {
                return weights.get(category);
            }
        }
        throw new IllegalArgumentException(field + " is not a field of the quality pot");
    }

    public String sourceOf(ParameterField field) {
        return sources.getOrDefault(field.fieldName(), "rule set parameter");
    }

    /** A copy with one figure set, and its source (null: the source stays). */
    QualityPot with(ParameterField field, Object value, String source) {
        BigDecimal a = amount;
        Map<QualityCategory, BigDecimal> w = new EnumMap<>(weights);
        if (field == ParameterField.QUALITY_POT_AMOUNT) {
            a = (BigDecimal) value;
        } else {
            for (QualityCategory category : QualityCategory.values()) {
                if (category.weightField() == field) {
                    w.put(category, (BigDecimal) value);
                }
            }
        }
        Map<String, String> s = new TreeMap<>(sources);
        if (source != null) {
            s.put(field.fieldName(), source);
        }
        return new QualityPot(a, w, s);
    }
}
