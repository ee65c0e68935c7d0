package no.pathfin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import no.pathfin.App;
import no.pathfin.adapter.cli.Cli;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** The command line's --json is the API's answer to the same request: the same JSON tree, valid by the contract. */
class CommandLineJsonTest {

    @Test
    void price_json_is_the_pricing_the_api_answers() {
        JsonNode cli = json("price", "hip-replacement-C", "--rule-set", "isf-2019", "--json");
        ApiServer.Reply api = ApiServer.post("/api/v1/pricings", "{\"pathwayId\": \"hip-replacement-C\", \"ruleSet\": \"isf-2019\"}");

        assertEquals(200, api.status(), api.body());
        assertEquals(api.json(), cli);
        valid("Pricing", cli);
    }

    @Test
    void compare_json_is_the_comparison_the_api_answers_with_its_whole_money() {
        JsonNode cli = json("compare", "hip-replacement", "--variants", "A,B,C", "--rule-sets", "isf-2024",
                "--models", "per-contact,bundle", "--json");
        ApiServer.Reply api = ApiServer.post("/api/v1/comparisons", "{\"family\": \"hip-replacement\", \"variants\":"
                + " [\"A\", \"B\", \"C\"], \"ruleSets\": [\"isf-2024\"], \"models\": [\"per-contact\", \"bundle\"]}");

        assertEquals(200, api.status(), api.body());
        assertEquals(api.json(), cli);
        valid("Comparison", cli);
    }

    @Test
    void impact_json_is_the_impact_the_api_answers() {
        JsonNode cli = json("impact", "--baseline", "isf-2024", "--candidate", "isf-2025-plan", "--family",
                "hip-replacement", "--json");
        ApiServer.Reply api = ApiServer.post("/api/v1/impact", "{\"baseline\": \"isf-2024\", \"candidate\":"
                + " \"isf-2025-plan\", \"family\": \"hip-replacement\"}");

        assertEquals(200, api.status(), api.body());
        assertEquals(api.json(), cli);
        valid("Impact", cli);
    }

    @Test
    void risk_json_is_the_design_risk_the_api_answers_with_the_designs_and_the_sensitivity() {
        JsonNode cli = json("risk", "--mix", "hip-replacement-A=0.85,hip-replacement-D-check-call=0.10,"
                + "hip-replacement-F-early-revision=0.05", "--episodes", "50", "--design", "bundle=bundle",
                "--design", "cheaper=bundle;bundles.hip-replacement-bundle.price=40000",
                "--vary", "bundles.hip-replacement-bundle.price=40000,46000", "--vary-design", "bundle", "--json");
        ApiServer.Reply api = ApiServer.post("/api/v1/design-risk", "{\"ruleSet\": \"isf-2024\", \"episodes\": 50,"
                + " \"mix\": [{\"pathwayId\": \"hip-replacement-A\", \"share\": 0.85}, {\"pathwayId\":"
                + " \"hip-replacement-D-check-call\", \"share\": 0.10}, {\"pathwayId\": \"hip-replacement-F-early-revision\","
                + " \"share\": 0.05}], \"designs\": [{\"label\": \"bundle\", \"model\": \"bundle\"}, {\"label\":"
                + " \"cheaper\", \"model\": \"bundle\", \"overrides\": {\"bundles\": {\"hip-replacement-bundle\":"
                + " {\"price\": 40000}}}}], \"sensitivity\": {\"design\": \"bundle\", \"parameter\":"
                + " \"bundles.hip-replacement-bundle.price\", \"values\": [40000, 46000]}}");

        assertEquals(200, api.status(), api.body());
        assertEquals(api.json(), cli);
        valid("DesignRisk", cli);
    }

    @Test
    void pathways_json_is_the_list_the_api_answers() {
        JsonNode cli = json("pathways", "--json");

        assertEquals(ApiServer.get("/api/v1/pathways").json(), cli);
        assertTrue(cli.size() >= 13, "every fixture: " + cli.size());
    }

    @Test
    void rule_sets_json_is_the_list_the_api_answers() {
        JsonNode cli = json("rule-sets", "--json");

        assertEquals(ApiServer.get("/api/v1/rule-sets").json(), cli);
    }

    @Test
    void impact_over_an_activity_file_is_an_activity_impact_of_the_contract_naming_no_repricing_job() {
        JsonNode cli = json("impact", "--baseline", "isf-2024", "--candidate", "isf-2025-plan", "--activity",
                "pathways/activity/sample-activity.csv", "--json");

        valid("ActivityImpact", cli);
        assertEquals("the activity of pathways/activity/sample-activity.csv",
                cli.get("population").get("description").asText());
        assertEquals(true, cli.get("population").get("repricingJob").isNull());
    }

    private static void valid(String schema, JsonNode body) {
        assertEquals(List.of(), OpenApiContract.get().errors("/components/schemas/" + schema, body));
        assertFalse(body.findParents("empty").size() > 0, "no internal field leaks: " + body.findParents("empty"));
    }

    private static JsonNode json(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run((rules, pathways, compileAll) -> TestPathfin.get(), (pathfin, options) -> {
            throw new IllegalStateException("no server");
        }, App.ACTIVITY_FILES, new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, err.toString());
        try {
            return ApiServer.JSON.readTree(out.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }
}
