package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What-if overrides as the contract defines them: per setting, per tariff field a value; per group code a weight;
 * per bundle its price or window; the quality pot's amount and category weights ({@code weights → results, …}). Fields are read by name from the one list of parameter fields. A request sends
 * them; an answer echoes them (null when there were none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverridesBody(Map<String, Map<String, Object>> tariffs, Map<String, BigDecimal> weights,
                            Map<String, Map<String, Object>> bundles, Map<String, Object> qualityPot) {
}
