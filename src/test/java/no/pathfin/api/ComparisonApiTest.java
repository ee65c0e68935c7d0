package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.Codes;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** The analyst's questions over HTTP: figures equal the hand-worked fixtures; overrides move exactly what they should. */
class ComparisonApiTest {


    private static JsonNode compare(String body) {
        ApiServer.Reply reply = conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons", body));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonNode price(String body) {
        ApiServer.Reply reply = conforms("POST", "/api/v1/pricings", ApiServer.post("/api/v1/pricings", body));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void the_hip_variants_over_three_years_and_both_models_return_the_fixture_figures() {
        JsonNode comparison = compare("""
                {"family": "hip-replacement", "variants": ["A", "B", "C"],
                 "ruleSets": ["isf-2019", "isf-2020", "isf-2024"], "models": ["per-contact", "bundle"]}""");

        assertEquals(18, comparison.get("cells").size());
        int checked = 0;
        for (JsonNode cell : comparison.get("cells")) {
            PathwayFixture fixture = TestPathfin.get().pathways().byId(cell.get("pathwayId").asText()).orElseThrow();
            for (PathwayFixture.Expectation e : fixture.expectations()) {
                if (cell.get("ruleSet").asText().equals(e.ruleSet()) && cell.get("model").asText().equals(Codes.of(e.model()))) {
                    assertEquals(0, e.total().kroner().compareTo(cell.get("total").decimalValue()), cell.toString());
                    checked++;
                }
            }
        }
        assertEquals(18, checked, "every cell has a hand-worked figure in its fixture");
    }

    @Test
    void the_period_model_pays_one_payment_per_tertial_and_leaves_cost_where_it_was() {
        JsonNode comparison = compare("""
                {"pathwayIds": ["chronic-dialysis-like", "hip-replacement-G-digital-follow-up"],
                 "ruleSets": ["isf-2024"], "models": ["per-contact", "period"]}""");

        assertEquals(List.of("per-contact", "period"), ApiServer.JSON.convertValue(comparison.get("models"), List.class));
        Map<String, JsonNode> cells = new HashMap<>();
        comparison.get("cells").forEach(c -> cells.put(c.get("pathwayId").asText() + " " + c.get("model").asText(), c));
        assertAmount("6269.76", cells.get("chronic-dialysis-like per-contact").get("total")); // 6 × 1 044.96
        assertAmount("104496.00", cells.get("chronic-dialysis-like period").get("total")); // 2 × 52 248.00
        assertAmount("44515.31", cells.get("hip-replacement-G-digital-follow-up per-contact").get("total"));
        assertAmount("47023.20", cells.get("hip-replacement-G-digital-follow-up period").get("total"));
        // cost does not depend on how the hospital is paid
        assertEquals(cells.get("chronic-dialysis-like per-contact").get("money").get("cost"),
                cells.get("chronic-dialysis-like period").get("money").get("cost"));
    }

    @Test
    void a_period_weight_override_moves_only_the_period_payments() {
        JsonNode pricing = price("""
                {"pathwayId": "chronic-dialysis-like", "model": "period", "ruleSet": "isf-2024",
                 "overrides": {"periods": {"dialysis-tfg": {"weight": 2.000}}}}""");

        // 2.000 × 52 248 × 0.40 = 41 798.40 on K1 (tertial 1) and K4 (tertial 2); the others are covered
        assertAmount("41798.40", pricing.get("lines").get(0).get("amount"));
        assertAmount("0.00", pricing.get("lines").get(1).get("amount"));
        assertAmount("41798.40", pricing.get("lines").get(3).get("amount"));
        assertAmount("83596.80", pricing.get("total"));
        assertEquals("period", pricing.get("model").asText());
    }

    @Test
    void a_period_override_of_a_payment_the_rule_set_lacks_is_refused_naming_it() {
        ApiServer.Reply reply = ApiServer.post("/api/v1/pricings", """
                {"pathwayId": "chronic-dialysis-like", "model": "period", "ruleSet": "isf-2024",
                 "overrides": {"periods": {"no-such-group": {"weight": 1}}}}""");

        assertTrue(reply.status() >= 400 && reply.status() < 500, reply.body());
        assertTrue(reply.body().contains("periods.no-such-group"), reply.body());
    }

    @Test
    void differences_and_ranks_are_measured_against_the_baseline_variant() {
        JsonNode comparison = compare("""
                {"pathwayIds": ["hip-replacement-A", "hip-replacement-B", "hip-replacement-C"],
                 "ruleSets": ["isf-2024"], "models": ["per-contact"], "baseline": "B"}""");

        Map<String, JsonNode> cells = new HashMap<>();
        comparison.get("cells").forEach(c -> cells.put(c.get("variant").asText(), c));
        assertEquals("hip-replacement-B", comparison.get("baseline").asText());
        assertAmount("626.98", cells.get("A").get("differenceFromBaseline"));
        assertAmount("835.97", cells.get("C").get("differenceFromBaseline"));
        assertEquals(1, cells.get("C").get("rank").asInt());
        assertEquals(3, cells.get("B").get("rank").asInt());
        assertEquals(List.of("hip-replacement-C", "hip-replacement-A", "hip-replacement-B"),
                ApiServer.JSON.convertValue(comparison.get("ranking").get(0).get("pathwayIds"), List.class));
    }

    @Test
    void an_isf_share_of_030_changes_exactly_the_somatic_lines_and_nothing_else() {
        String share = "\"overrides\": {\"tariffs\": {\"somatic\": {\"isfShare\": 0.30}}}";
        JsonNode hipOverridden = price("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", "
                + "\"ruleSet\": \"isf-2024\", " + share + "}");
        JsonNode hipPlan = price("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"ruleSet\": \"isf-2025-plan\"}");
        JsonNode phvOverridden = price("{\"pathwayId\": \"mental-health-ambulant-team\", \"model\": \"per-contact\", "
                + "\"ruleSet\": \"isf-2024\", " + share + "}");
        JsonNode phv = price("{\"pathwayId\": \"mental-health-ambulant-team\", \"model\": \"per-contact\", \"ruleSet\": \"isf-2024\"}");

        // somatic: every line as under the 30 % plan (0.030 × 52 248 × 0.30 = 470.23 …), total 32 916.24
        assertAmount("32916.24", hipOverridden.get("total"));
        for (int i = 0; i < 4; i++) {
            assertEquals(hipPlan.get("lines").get(i).get("amount").decimalValue(),
                    hipOverridden.get("lines").get(i).get("amount").decimalValue());
        }
        // mental health (PHV) has its own share: nothing moves
        assertEquals(phv.get("lines"), phvOverridden.get("lines"));
        // the override is echoed and changes the reproducibility hash, not the rule set's content hash
        assertEquals(0.30, hipOverridden.get("overrides").get("tariffs").get("somatic").get("isfShare").asDouble());
        JsonNode used = hipOverridden.get("reproducibility").get(0);
        JsonNode unchanged = price("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"ruleSet\": \"isf-2024\"}");
        JsonNode plain = unchanged.get("reproducibility").get(0);
        assertEquals(plain.get("contentHash"), used.get("contentHash"));
        assertNotEquals(plain.get("overridesHash"), used.get("overridesHash"));
        // and the shared rule set is untouched
        JsonNode ruleSet = ApiServer.get("/api/v1/rule-sets/isf-2024").json();
        assertAmount("0.40", ruleSet.get("tariffs").get("somatic").get("isfShare"));
        assertAmount("43888.33", unchanged.get("total"));
    }

    @Test
    void a_weight_override_moves_only_the_lines_of_that_group() {
        JsonNode base = price("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"ruleSet\": \"isf-2024\"}");
        JsonNode changed = price("{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"ruleSet\": \"isf-2024\","
                + " \"overrides\": {\"weights\": {\"ORT-CONTROL\": 0.05}}}");

        for (int i = 0; i < 4; i++) {
            JsonNode before = base.get("lines").get(i);
            JsonNode after = changed.get("lines").get(i);
            if (i >= 2) { // A3 and A4 are the ORT-CONTROL controls: 0.05 × 52 248 × 0.40 = 1 044.96
                assertAmount("1044.96", after.get("amount"));
                assertEquals("override in this request (rule set value 0.030)",
                        after.get("components").get(0).get("factors").get(0).get("source").asText());
            } else {
                assertEquals(before, after);
            }
        }
    }

    @Test
    void a_bundle_price_and_window_override_applies_to_the_bundle_model() {
        JsonNode late = price("""
                {"pathwayId": "hip-replacement-E-one-year-control", "model": "bundle", "ruleSet": "isf-2024",
                 "overrides": {"bundles": {"hip-replacement-bundle": {"price": 40000, "daysAfter": 400}}}}""");

        // the one-year control (day 365) now falls inside the window: the bundle price alone
        assertAmount("40000.00", late.get("total"));
    }

    @Test
    void an_inline_pathway_is_priced_by_each_contacts_date() {
        JsonNode pricing = price("""
                {"model": "per-contact", "pathway": {"id": "own", "family": "hip-replacement", "variant": "own",
                 "contacts": [
                   {"id": "1", "date": "2019-12-02", "kind": "assessment", "mode": "in-person", "setting": "somatic",
                    "personnel": "physician", "groupCode": "ORT-ASSESS"},
                   {"id": "2", "date": "2020-01-15", "kind": "control", "mode": "phone", "setting": "somatic",
                    "personnel": "physician", "groupCode": "ORT-CONTROL", "replacesPlannedVisit": true}]}}""");

        assertEquals("isf-2019", pricing.get("lines").get(0).get("ruleSet").asText());
        assertEquals("isf-2020", pricing.get("lines").get(1).get("ruleSet").asText());
        assertAmount("1579.48", pricing.get("total")); // 892.36 + 687.12
        assertEquals(2, pricing.get("reproducibility").size());
    }

    @Test
    void amounts_are_written_as_exact_decimals_with_two_places() {
        String body = ApiServer.post("/api/v1/pricings", """
                {"pathwayId": "hip-replacement-B", "model": "bundle", "ruleSet": "isf-2024"}""").body();

        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"total\":43749.00"), body);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"amount\":0.00"), body);
    }

    @Test
    void every_cell_carries_its_whole_money_over_the_plan_it_states() {
        JsonNode comparison = compare("""
                {"family": "hip-replacement", "variants": ["A", "B", "C"], "ruleSets": ["isf-2024"],
                 "models": ["per-contact"]}""");

        assertEquals("one of each compared variant", comparison.get("plan").get("description").asText());
        assertEquals(3, comparison.get("plan").get("pathways").asInt());
        assertEquals(1, comparison.get("blockGrants").size(), "no PHV or TSB contact is planned: only somatic");
        JsonNode somatic = comparison.get("blockGrants").get(0);
        assertEquals("somatic", somatic.get("scheme").asText());
        // points A 2.100 + B 2.070 + C 2.110 = 6.280; (1 − 0.40) × 52 248 × 6.280 / 3 = 65 623.488 → 65 623.49
        assertAmount("6.280", somatic.get("plannedPoints"));
        assertAmount("65623.49", somatic.get("perPathway"));
        assertAmount("196870.47", somatic.get("total")); // 3 × 65 623.49
        assertTrue(somatic.get("basis").asText().contains("ASSUMPTION"), somatic.toString());
        Map<String, JsonNode> cells = new HashMap<>();
        comparison.get("cells").forEach(c -> cells.put(c.get("variant").asText(), c.get("money")));
        // A: ISF 43 888.33 + block grant 65 623.49 = income 109 511.82; one more A earns its ISF only
        assertAmount("43888.33", cells.get("A").get("isf"));
        assertAmount("65623.49", cells.get("A").get("blockGrant"));
        assertAmount("109511.82", cells.get("A").get("income"));
        assertAmount("43888.33", cells.get("A").get("marginalRevenue"));
        // C: 44 097.32 + 65 623.49 = 109 720.81
        assertAmount("109720.81", cells.get("C").get("income"));
        // cost (rules/common/costs.yaml, illustrative): A 109 720.80, B 106 821.04 (video × 0.15), C 108 910.96
        // margin A 109 511.82 − 109 720.80 = −208.98; B 108 884.84 − 106 821.04 = 2 063.80; C 109 720.81 − 108 910.96 = 809.85
        assertAmount("109720.80", cells.get("A").get("cost"));
        assertAmount("-208.98", cells.get("A").get("margin"));
        assertAmount("2063.80", cells.get("B").get("margin"));
        assertAmount("809.85", cells.get("C").get("margin"));
        // at the margin one more B earns its ISF 43 261.35 and costs 106 821.04: 43 261.35 − 106 821.04 = −63 559.69
        assertAmount("-63559.69", cells.get("B").get("marginalMargin"));
        assertAmount("26.58", cells.get("B").get("personnelHours"));
        JsonNode costingB = comparison.get("costings").get(1);
        assertEquals("hip-replacement-B", costingB.get("pathwayId").asText());
        JsonNode videoLine = costingB.get("lines").get(2);
        assertEquals("0.030 × 52 248 × 0.15 (video factor) = 235.12", videoLine.get("formula").asText());
        assertTrue(videoLine.get("factors").get(2).get("source").asText().contains("Sunnaas"), videoLine.toString());
    }

    @Test
    void volumes_set_the_plan_the_block_grant_follows() {
        JsonNode comparison = compare("""
                {"family": "hip-replacement", "variants": ["A", "B", "C"], "ruleSets": ["isf-2024"],
                 "models": ["per-contact"], "volumes": {"A": 3600, "B": 3150, "hip-replacement-C": 2250}}""");

        assertEquals(9000, comparison.get("plan").get("pathways").asInt());
        JsonNode somatic = comparison.get("blockGrants").get(0);
        // points 3 600 × 2.100 + 3 150 × 2.070 + 2 250 × 2.110 = 7 560 + 6 520.5 + 4 747.5 = 18 828.000
        assertAmount("18828.000", somatic.get("plannedPoints"));
        // (1 − 0.40) × 52 248 × 18 828 / 9 000 = 31 348.8 × 2.092 = 65 581.6896 → 65 581.69
        assertAmount("65581.69", somatic.get("perPathway"));
        assertAmount("590235210.00", somatic.get("total")); // 9 000 × 65 581.69
        JsonNode a = comparison.get("cells").get(0).get("money");
        assertAmount("109470.02", a.get("income")); // 43 888.33 + 65 581.69
    }

    @Test
    void a_volume_for_a_pathway_not_compared_is_refused_by_name() {
        ApiServer.Reply reply = conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons", """
                {"family": "hip-replacement", "variants": ["A", "B"], "ruleSets": ["isf-2024"],
                 "models": ["per-contact"], "volumes": {"C": 10}}"""));
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.fields().contains("volumes.C"), reply.body());
        ApiServer.Reply none = conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons", """
                {"family": "hip-replacement", "variants": ["A", "B"], "ruleSets": ["isf-2024"],
                 "models": ["per-contact"], "volumes": {"A": 0}}"""));
        assertEquals(422, none.status(), none.body());
        assertTrue(none.fields().contains("volumes"), none.body());
    }

    @Test
    void a_comparison_that_would_price_more_than_100_000_contacts_is_refused_with_413() {
        StringBuilder contacts = new StringBuilder();
        for (int i = 0; i < 2_501; i++) {
            contacts.append(i == 0 ? "" : ",").append("""
                    {"id": "c%d", "date": "2024-03-01", "kind": "control", "mode": "in-person", "setting": "somatic",
                     "personnel": "physician", "groupCode": "ORT-CONTROL"}""".formatted(i));
        }
        String ruleSets = String.join(",", java.util.Collections.nCopies(20, "\"isf-2024\""));

        // 2 501 contacts × 20 rule sets × 2 models = 100 040, just above the limit the contract states
        ApiServer.Reply reply = conforms("POST", "/api/v1/comparisons", ApiServer.post("/api/v1/comparisons",
                "{\"pathways\": [{\"id\": \"p\", \"family\": \"f\", \"variant\": \"v\", \"contacts\": [" + contacts
                        + "]}], \"ruleSets\": [" + ruleSets + "], \"models\": [\"per-contact\", \"bundle\"]}"));

        assertEquals(413, reply.status(), reply.body());
        assertEquals(List.of("ruleSets"), reply.fields());
        assertTrue(reply.json().get("detail").asText().contains("100040; at most 100000"), reply.body());
    }

    @Test
    void a_share_overridden_as_0_3_or_0_300_reads_0_30_in_every_formula_whichever_request_came_first() {
        for (String share : List.of("0.3", "0.300", "0.30")) {
            ApiServer.Reply reply = ApiServer.post("/api/v1/pricings", "{\"pathwayId\": \"hip-replacement-C\","
                    + " \"ruleSet\": \"isf-2024\", \"overrides\": {\"tariffs\": {\"somatic\": {\"isfShare\": " + share + "}}}}");
            assertEquals(200, reply.status(), reply.body());
            java.util.List<String> formulas = reply.json().get("lines").findValuesAsText("formula");
            // the rule set writes its share 0.40; an override of it is written to as many decimals: 0.30
            assertTrue(formulas.contains("2.000 × 52 248 × 0.30 = 31 348.80"), share + ": " + formulas);
        }
    }
}
