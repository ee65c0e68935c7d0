package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;
import no.pathfin.domain.ruleset.ParameterChanges;

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

    /** Parameter changes as overrides are written (the tree of {@link ParameterChanges#asTree()}); null for none. */
    @SuppressWarnings("unchecked")
    public static OverridesBody of(ParameterChanges changes) {
        if (changes.values().isEmpty()) {
            return null;
        }
        Map<String, Object> tree = changes.asTree();
        return new OverridesBody((Map<String, Map<String, Object>>) part(tree, "tariffs"),
                (Map<String, BigDecimal>) part(tree, "weights"), (Map<String, Map<String, Object>>) part(tree, "bundles"),
                (Map<String, Map<String, Object>>) part(tree, "periods"), (Map<String, Object>) part(tree, "qualityPot"));
    }

    private static Map<String, ?> part(Map<String, Object> tree, String name) {
        Map<?, ?> part = (Map<?, ?>) tree.get(name);
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) part;
        return part == null || part.isEmpty() ? null : typed;
    }
}
