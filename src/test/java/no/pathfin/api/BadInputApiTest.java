package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a 4xx problem naming the field at fault: never a 500, never a stack trace. */
class BadInputApiTest {

    private static final String CONTACT = """
            {"id": "1", "date": "2024-03-01", "kind": "control", "mode": "in-person", "setting": "somatic",
             "personnel": "physician", "groupCode": "ORT-CONTROL"}""";

    private static ApiServer.Reply pricing(String body) {
        return conforms("POST", "/api/v1/pricings", ApiServer.post("/api/v1/pricings", body));
    }

    private static ApiServer.Reply inline(String contact) {
        return pricing("{\"model\": \"per-contact\", \"pathway\": {\"id\": \"p\", \"family\": \"f\", \"variant\": \"v\","
                + " \"contacts\": [" + contact + "]}}");
    }

    private static void refused(ApiServer.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType().split(";")[0]);
        assertTrue(reply.fields().contains(field), "expected field " + field + " in " + reply.body());
    }

    @Test
    void malformed_json_names_the_place() {
        ApiServer.Reply reply = pricing("{\"model\": \"per-contact\", ");

        refused(reply, 400, "body");
        assertTrue(reply.json().get("detail").asText().contains("line 1"), reply.body());
    }

    @Test
    void an_unknown_field_is_named() {
        refused(pricing("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"colour\": \"red\"}"), 400, "colour");
        refused(inline(CONTACT.replace("\"id\": \"1\"", "\"id\": \"1\", \"urgent\": true")), 400,
                "pathway.contacts[0].urgent");
    }

    @Test
    void a_missing_field_or_a_code_outside_the_list_is_named() {
        refused(inline(CONTACT.replace(", \"groupCode\": \"ORT-CONTROL\"", "")), 400, "pathway.contacts[0].groupCode");
        refused(pricing("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"capitation\"}"), 400, "model");
        refused(inline(CONTACT.replace("\"control\"", "\"consultation\"")), 400, "pathway.contacts[0].kind");
        refused(inline(CONTACT.replace("\"in-person\"", "\"letter\"")), 400, "pathway.contacts[0].mode");
    }

    @Test
    void a_pricing_without_a_model_is_priced_per_contact_as_the_contract_says() {
        ApiServer.Reply reply = pricing("{\"pathwayId\": \"hip-replacement-A\", \"ruleSet\": \"isf-2019\"}");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("per-contact", reply.json().get("model").asText());
        assertEquals(0, new java.math.BigDecimal("46848.90").compareTo(reply.json().get("total").decimalValue()),
                reply.body());
        assertEquals("per-contact", OpenApiContract.get().tree.at("/components/schemas/PricingRequest/properties/model"
                + "/default").asText(), "the contract's default");
    }

    @Test
    void a_date_that_does_not_exist_is_named() {
        refused(inline(CONTACT.replace("2024-03-01", "2024-02-30")), 400, "pathway.contacts[0].date");
        refused(inline(CONTACT.replace("2024-03-01", "March 1st")), 400, "pathway.contacts[0].date");
    }

    @Test
    void an_unknown_rule_set_pathway_or_family_is_named() {
        refused(pricing("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"ruleSet\": \"isf-1999\"}"),
                422, "ruleSet");
        refused(pricing("{\"pathwayId\": \"knee-Z\", \"model\": \"per-contact\"}"), 422, "pathwayId");
        refused(conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons",
                "{\"family\": \"knee\", \"ruleSets\": [\"isf-2024\"], \"models\": [\"bundle\"]}")), 422, "family");
        refused(conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons",
                "{\"family\": \"hip-replacement\", \"ruleSets\": [\"isf-2024\", \"isf-2030\"], \"models\": [\"bundle\"]}")),
                422, "ruleSets[1]");
        refused(conforms("GET", "/api/v1/rule-sets/{id}", ApiServer.get("/api/v1/rule-sets/isf-1999")), 404, "id");
        refused(conforms("GET", "/api/v1/pathways/{id}", ApiServer.get("/api/v1/pathways/nope")), 404, "id");
    }

    @Test
    void an_unknown_group_code_is_named_at_its_contact() {
        refused(inline(CONTACT.replace("ORT-CONTROL", "KNEE-99")), 422, "pathway.contacts[0].groupCode");
        refused(conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons",
                "{\"ruleSets\": [\"isf-2024\"], \"models\": [\"per-contact\"], \"pathways\": [{\"id\": \"p\", "
                        + "\"family\": \"f\", \"variant\": \"v\", \"contacts\": [" + CONTACT.replace("ORT-CONTROL", "KNEE-99")
                        + "]}]}")), 422, "pathways[0].contacts[0].groupCode");
    }

    @Test
    void a_date_outside_every_rule_set_is_named_at_its_contact() {
        ApiServer.Reply reply = inline(CONTACT.replace("2024-03-01", "2022-06-15"));

        refused(reply, 422, "pathway.contacts[0].date");
        assertTrue(reply.json().get("detail").asText().contains("no rule set covers 2022-06-15"), reply.body());
    }

    @Test
    void an_empty_pathway_or_duplicate_contact_ids_are_named() {
        refused(pricing("{\"model\": \"per-contact\", \"pathway\": {\"id\": \"p\", \"family\": \"f\", \"variant\": \"v\","
                + " \"contacts\": []}}"), 400, "pathway.contacts");
        refused(pricing("{\"model\": \"per-contact\", \"pathway\": {\"id\": \"p\", \"family\": \"f\", \"variant\": \"v\","
                + " \"contacts\": [" + CONTACT + ", " + CONTACT + "]}}"), 422, "pathway.contacts");
        refused(pricing("{\"model\": \"per-contact\"}"), 422, "pathwayId");
        refused(pricing("{\"model\": \"per-contact\", \"pathwayId\": \"hip-replacement-A\", \"pathway\": {\"id\": \"p\","
                + " \"family\": \"f\", \"variant\": \"v\", \"contacts\": [" + CONTACT + "]}}"), 422, "pathwayId");
    }

    @Test
    void negative_or_absurd_overrides_are_named() {
        String head = "{\"pathwayId\": \"hip-replacement-A\", \"model\": \"bundle\", \"ruleSet\": \"isf-2024\", \"overrides\": ";
        refused(pricing(head + "{\"tariffs\": {\"somatic\": {\"isfShare\": -0.1}}}}"), 400, "overrides.tariffs.somatic.isfShare");
        refused(pricing(head + "{\"tariffs\": {\"somatic\": {\"isfShare\": 1.5}}}}"), 400, "overrides.tariffs.somatic.isfShare");
        refused(pricing(head + "{\"tariffs\": {\"somatic\": {\"unitPrice\": 1e12}}}}"), 400, "overrides.tariffs.somatic.unitPrice");
        refused(pricing(head + "{\"tariffs\": {\"dental\": {\"unitPrice\": 1}}}}"), 400, "overrides.tariffs.dental");
        refused(pricing(head + "{\"weights\": {\"ORT-CONTROL\": -1}}}"), 400, "overrides.weights.ORT-CONTROL");
        refused(pricing(head + "{\"weights\": {\"NOPE\": 1}}}"), 422, "overrides.weights.NOPE");
        refused(pricing(head + "{\"bundles\": {\"knee-bundle\": {\"price\": 1}}}}"), 422, "overrides.bundles.knee-bundle");
        refused(pricing(head + "{\"bundles\": {\"hip-replacement-bundle\": {\"daysAfter\": 99999}}}}"), 400,
                "overrides.bundles.hip-replacement-bundle.daysAfter");
    }

    @Test
    void a_quality_pot_override_out_of_bounds_or_for_a_rule_set_without_a_pot_is_named() {
        String head = "{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"ruleSet\": \"%s\","
                + " \"overrides\": {\"qualityPot\": %s}}";
        refused(pricing(head.formatted("isf-2020", "{\"weights\": {\"results\": 1.5}}")), 400,
                "overrides.qualityPot.weights.results");
        refused(pricing(head.formatted("isf-2020", "{\"weights\": {\"waitingTimes\": 0.1}}")), 400,
                "overrides.qualityPot.weights.waitingTimes");
        ApiServer.Reply none = pricing(head.formatted("isf-2019", "{\"amount\": 1000000}"));
        refused(none, 422, "overrides.qualityPot.amount");
        assertTrue(none.json().get("detail").asText().contains("isf-2019 holds no quality pot"), none.body());
        ApiServer.Reply set = pricing(head.formatted("isf-2020", "{\"amount\": 600000000, \"weights\":"
                + " {\"results\": 0.6, \"process\": 0.2, \"patientExperience\": 0.2}}"));
        assertEquals(200, set.status(), set.body());
        assertTrue(set.body().contains("\"qualityPot\":{\"amount\":600000000"), set.body());
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_with_413() {
        StringBuilder contacts = new StringBuilder();
        for (int i = 0; i < 9_000; i++) {
            contacts.append(i == 0 ? "" : ",").append(CONTACT.replace("\"1\"", "\"c" + i + "\""));
        }
        ApiServer.Reply reply = pricing("{\"model\": \"per-contact\", \"pathway\": {\"id\": \"p\", \"family\": \"f\","
                + " \"variant\": \"v\", \"contacts\": [" + contacts + "]}}");

        assertEquals(413, reply.status(), reply.body().substring(0, Math.min(300, reply.body().length())));
        assertTrue(reply.json().get("detail").asText().contains("1048576 bytes"), reply.body());
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() {
        refused(conforms("POST", "/api/v1/pricings", ApiServer.send("POST", "/api/v1/pricings", "text/csv", "a,b")),
                415, "Content-Type");
    }

    @Test
    void no_bad_input_above_ever_produced_a_server_error() {
        for (String body : List.of("", "null", "[]", "42", "\"text\"", "{\"model\": null}", "{\"model\": [1]}",
                "{\"pathway\": 7, \"model\": \"bundle\"}", "{\"pathwayId\": {}, \"model\": \"bundle\"}")) {
            ApiServer.Reply reply = pricing(body);
            assertTrue(reply.status() >= 400 && reply.status() < 500, body + " → " + reply.status() + " " + reply.body());
        }
    }

    @Test
    void an_impact_request_naming_an_unknown_rule_set_or_a_bad_override_names_the_field() {
        refused(conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", "{\"baseline\": \"isf-1999\"}")),
                422, "baseline");
        refused(conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact",
                "{\"baseline\": \"isf-2024\", \"candidate\": \"nope\"}")), 422, "candidate");
        refused(conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact",
                "{\"baseline\": \"isf-2024\", \"overrides\": {\"weights\": {\"NOPE\": 1}}}")), 422, "overrides.weights.NOPE");
        refused(conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", "{\"candidate\": \"isf-2024\"}")),
                400, "baseline");
    }
}
