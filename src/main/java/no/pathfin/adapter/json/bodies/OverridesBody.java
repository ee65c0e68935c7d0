package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterPath;

/**
 * What-if overrides as the contract defines them: per setting, per tariff field a value; per group code a weight;
 * per bundle its price or window; per period payment its weight; the quality pot's amount and category weights
 * ({@code weights → results, …}). Fields are read by name from the one list of parameter fields. A request sends
 * them; an answer echoes them (null when there were none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverridesBody(Map<String, Map<String, Object>> tariffs, Map<String, BigDecimal> weights,
                            Map<String, Map<String, Object>> bundles, Map<String, Map<String, Object>> periods,
                            Map<String, Object> qualityPot) {

    /** Parameter changes as overrides are written, each in path order; null for none. */
    public static OverridesBody of(ParameterChanges changes) {
        if (changes.values().isEmpty()) {
            return null;
        }
        Map<String, Map<String, Object>> tariffs = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, Map<String, Object>> bundles = new LinkedHashMap<>();
        Map<String, Map<String, Object>> periods = new LinkedHashMap<>();
        Map<String, Object> qualityPot = new LinkedHashMap<>();
        changes.values().forEach((ParameterPath path, Object value) -> {
            Object plain = path.field().plain(value);
            switch (path.field().scope()) {
                case TARIFF -> nested(tariffs.computeIfAbsent(path.key(), k -> new LinkedHashMap<>()), path, plain);
                case WEIGHT -> weights.put(path.key(), (BigDecimal) value);
                case BUNDLE -> nested(bundles.computeIfAbsent(path.key(), k -> new LinkedHashMap<>()), path, plain);
                case PERIOD -> nested(periods.computeIfAbsent(path.key(), k -> new LinkedHashMap<>()), path, plain);
                case QUALITY_POT -> nested(qualityPot, path, plain);
                default -> throw new IllegalStateException("overrides have no place for " + path);
            }
        });
        return new OverridesBody(tariffs.isEmpty() ? null : tariffs, weights.isEmpty() ? null : weights,
                bundles.isEmpty() ? null : bundles, periods.isEmpty() ? null : periods,
                qualityPot.isEmpty() ? null : qualityPot);
    }

    /** A field written with dots ({@code weights.results}) as nested objects, as the contract writes it. */
    @SuppressWarnings("unchecked")
    private static void nested(Map<String, Object> into, ParameterPath path, Object value) {
        String[] names = path.field().fieldName().split("\\.");
        Map<String, Object> at = into;
        for (int i = 0; i < names.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(names[i], k -> new LinkedHashMap<String, Object>());
        }
        at.put(names[names.length - 1], value);
    }
}
