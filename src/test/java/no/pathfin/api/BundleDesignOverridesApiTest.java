package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A request's overrides vary a bundle's design options as they vary any parameter: a corridor added to a bundle that
 * has none, the outlier threshold moved, each changing the figure as worked by hand.
 */
class BundleDesignOverridesApiTest {

    private static JsonNode compare(String overrides) {
        String body = "{\"pathwayIds\": [\"hip-replacement-F-early-revision\"], \"ruleSets\": [\"isf-2024\"],"
                + " \"models\": [\"bundle\"]" + (overrides == null ? "" : ", \"overrides\": " + overrides) + "}";
        ApiServer.Reply reply = conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons", body));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().get("cells").get(0);
    }

    @Test
    void an_override_adds_a_stop_loss_corridor_to_a_bundle_that_has_none_and_lifts_the_payment_to_it() {
        assertAmount("57646.97", compare(null).get("total")); // 43 749.00 + outlier 13 897.97 (the fixture's figure)

        JsonNode cell = compare("{\"bundles\": {\"hip-replacement-bundle\": {\"corridor\": {\"stopLoss\": 0.05}}}}");

        // V = 93 419.43; 1 − 0.05 = 0.95; 93 419.43 × 0.95 = 88 748.4585 → 88 748.46 > 57 646.97 paid,
        // so the stop-loss adds 88 748.46 − 57 646.97 = 31 101.49
        assertAmount("88748.46", cell.get("total"));
    }

    @Test
    void an_override_of_the_outlier_threshold_moves_the_outlier_payment() {
        JsonNode cell = compare("{\"bundles\": {\"hip-replacement-bundle\": {\"outlier\": {\"thresholdFactor\": 2}}}}");

        // 2 × 43 749.00 = 87 498.00; (93 419.43 − 87 498.00) × 0.5 = 2 960.715 → 2 960.72; 43 749.00 + 2 960.72
        assertAmount("46709.72", cell.get("total"));
    }

    @Test
    void a_pricing_with_a_discount_override_shows_the_discount_on_the_anchors_line_with_its_source() {
        String body = "{\"pathwayId\": \"hip-replacement-A\", \"model\": \"bundle\", \"ruleSet\": \"isf-2024\","
                + " \"overrides\": {\"bundles\": {\"hip-replacement-bundle\": {\"discount\": 0.03}}}}";
        ApiServer.Reply reply = conforms("POST", "/api/v1/pricings", ApiServer.post("/api/v1/pricings", body));
        assertEquals(200, reply.status(), reply.body());
        JsonNode anchor = reply.json().get("lines").get(1);

        // 43 749.00 × 0.97 = 42 436.53: the discount component is −1 312.47
        assertAmount("42436.53", anchor.get("amount"));
        JsonNode discount = anchor.get("components").get(1);
        assertEquals("bundle discount", discount.get("label").asText());
        assertAmount("-1312.47", discount.get("amount"));
        assertEquals("override in this request (rule set value none)",
                discount.get("factors").get(1).get("source").asText());
        assertEquals(0.03, reply.json().get("overrides").get("bundles").get("hip-replacement-bundle")
                .get("discount").asDouble());
    }

    @Test
    void a_stop_loss_above_one_is_refused_naming_the_field() {
        ApiServer.Reply refused = ApiServer.post("/api/v1/comparisons", "{\"pathwayIds\": [\"hip-replacement-A\"],"
                + " \"ruleSets\": [\"candidate-2025-package\"], \"models\": [\"bundle\"], \"overrides\": {\"bundles\":"
                + " {\"hip-replacement-bundle\": {\"corridor\": {\"stopLoss\": 1.5}}}}}");
        assertTrue(refused.status() >= 400 && refused.status() < 500, refused.body());
        assertTrue(refused.body().contains("stopLoss"), refused.body());
    }
}
