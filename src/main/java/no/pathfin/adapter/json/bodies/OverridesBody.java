package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterPath;

/**
 * What-if overrides as the contract defines them: per setting, per tariff field a value; per group code a weight;
 * per bundle its price or window;
 * per period payment its weight. Fields are read by name from the one list of parameter fields. A request sends
 * them; an answer echoes them (null when there were none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverridesBody(Map<String, Map<String, Object>> tariffs, Map<String, BigDecimal> weights,
                            Map<String, Map<String, Object>> bundles, Map<String, Map<String, Object>> periods) {

    /** Parameter changes as overrides are written, each in path order; null for none. */
    public static OverridesBody of(ParameterChanges changes) {
        if (changes.values().isEmpty()) {
            return null;
        }
        Map<String, Map<String, Object>> tariffs = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, Map<String, Object>> bundles = new LinkedHashMap<>();
        Map<String, Map<String, Object>> periods = new LinkedHashMap<>();
        changes.values().forEach((ParameterPath path, Object value) -> {
            Object plain = path.field().plain(value);
            switch (path.field().scope()) {
                case TARIFF -> tariffs.computeIfAbsent(path.key(), k -> new LinkedHashMap<>()).put(path.field().fieldName(), plain);
                case WEIGHT -> weights.put(path.key(), (BigDecimal) value);
                case BUNDLE -> bundles.computeIfAbsent(path.key(), k -> new LinkedHashMap<>()).put(path.field().fieldName(), plain);
                case PERIOD -> periods.computeIfAbsent(path.key(), k -> new LinkedHashMap<>()).put(path.field().fieldName(), plain);
                default -> throw new IllegalStateException("overrides have no place for " + path);
            }
        });
        return new OverridesBody(tariffs.isEmpty() ? null : tariffs, weights.isEmpty() ? null : weights,
                bundles.isEmpty() ? null : bundles, periods.isEmpty() ? null : periods);
    }
}
