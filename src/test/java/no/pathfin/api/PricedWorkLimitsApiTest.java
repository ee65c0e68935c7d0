package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A channel shift prices every contact twice under each rule set and model, and a price search prices its mix up to
 * 100 times: each is held to the 100 000 priced contacts a comparison may ask for, and refused with 413 above it.
 */
class PricedWorkLimitsApiTest {

    /** An inline pathway of this many in-person controls. */
    private static String pathway(String id, int contacts) {
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < contacts; i++) {
            written.append(i == 0 ? "" : ",").append("""
                    {"id": "c%d", "date": "2024-03-01", "kind": "control", "mode": "in-person", "setting": "somatic",
                     "personnel": "physician", "groupCode": "ORT-CONTROL"}""".formatted(i));
        }
        return "{\"id\": \"" + id + "\", \"family\": \"f\", \"variant\": \"" + id + "\", \"contacts\": [" + written
                + "]}";
    }

    private static void refused(ApiServer.Reply reply, String field, String words) {
        assertEquals(413, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType().split(";")[0]);
        assertEquals(List.of(field), reply.fields());
        assertTrue(reply.json().get("detail").asText().contains(words), reply.body());
    }

    @Test
    void a_channel_shift_that_would_price_more_than_100_000_contacts_is_refused_with_413() {
        String ruleSets = String.join(",", Collections.nCopies(20, "\"isf-2024\""));

        // 2 (before and after) × 1 251 contacts × 20 rule sets × 2 models = 100 080, just above the limit
        ApiServer.Reply reply = conforms("POST", "/api/v1/channel-shifts", ApiServer.post("/api/v1/channel-shifts",
                "{\"pathways\": [" + pathway("p", 1_251) + "], \"shift\": {\"kind\": \"control\", \"to\": \"video\","
                        + " \"share\": 0.5}, \"ruleSets\": [" + ruleSets + "], \"models\": [\"per-contact\", \"bundle\"]}"));

        refused(reply, "ruleSets", "= 100080 contacts to price; at most 100000 per request");
    }

    @Test
    void a_break_even_unit_price_over_more_than_1_000_contacts_is_refused_with_413() {
        // one variant of 1 001 contacts, priced up to 100 times by the search: above 100 000 priced contacts
        ApiServer.Reply reply = conforms("POST", "/api/v1/break-even-unit-price", ApiServer.post(
                "/api/v1/break-even-unit-price", "{\"baseline\": \"isf-2024\", \"overrides\": {\"tariffs\":"
                        + " {\"somatic\": {\"isfShare\": 0.30}}}, \"variants\": [{\"pathway\": " + pathway("p", 1_001)
                        + "}]}"));

        refused(reply, "variants", "the variants hold 1001 contacts");
    }

    @Test
    void a_budget_neutral_bundle_price_over_more_than_1_000_contacts_in_its_variants_is_refused_with_413() {
        StringBuilder variants = new StringBuilder();
        for (int v = 0; v < 11; v++) {
            variants.append(v == 0 ? "" : ",").append("{\"pathway\": ").append(pathway("p" + v, 91)).append("}");
        }

        // 11 variants of 91 contacts: 1 001 contacts together, each counted once per variant
        ApiServer.Reply reply = conforms("POST", "/api/v1/budget-neutral-bundle-price", ApiServer.post(
                "/api/v1/budget-neutral-bundle-price", "{\"ruleSet\": \"isf-2024\", \"variants\": [" + variants
                        + "]}"));

        refused(reply, "variants", "the variants hold 1001 contacts");
    }

    @Test
    void a_price_search_over_the_hip_variants_is_well_within_the_limit() {
        ApiServer.Reply reply = conforms("POST", "/api/v1/budget-neutral-bundle-price", ApiServer.post(
                "/api/v1/budget-neutral-bundle-price", """
                        {"ruleSet": "isf-2024", "variants": [{"pathwayId": "hip-replacement-A"},
                         {"pathwayId": "hip-replacement-B"}, {"pathwayId": "hip-replacement-C"}]}"""));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(0, new java.math.BigDecimal("43749.00").compareTo(reply.json().get("price").decimalValue()));
    }

    @Test
    void a_price_search_over_large_volumes_finds_the_price_it_finds_for_one_of_each() {
        // identical variants: the unit price that keeps their total does not depend on how many there are, though the
        // search's high trial prices times 10 000 000 000 pathways pass what a count in øre can hold
        StringBuilder variants = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            variants.append(i == 0 ? "" : ", ").append("{\"pathwayId\": \"hip-replacement-F-early-revision\", \"volume\": 100000000}");
        }
        ApiServer.Reply many = ApiServer.post("/api/v1/break-even-unit-price", "{\"baseline\": \"isf-2024\", \"candidate\":"
                + " \"isf-2025-plan\", \"variants\": [" + variants + "]}");
        ApiServer.Reply one = ApiServer.post("/api/v1/break-even-unit-price", "{\"baseline\": \"isf-2024\", \"candidate\":"
                + " \"isf-2025-plan\", \"variants\": [{\"pathwayId\": \"hip-replacement-F-early-revision\"}]}");

        assertEquals(200, many.status());
        assertEquals(0, one.json().get("price").decimalValue().compareTo(many.json().get("price").decimalValue()),
                one.json().get("price") + " vs " + many.json().get("price"));
    }
}
