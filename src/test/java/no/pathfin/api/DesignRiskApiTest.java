package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The risk of a design over real HTTP, worked by hand for a hospital whose episodes are half hip variant A and half
 * variant D (A with its first control by phone, which earns nothing per contact), two episodes a year, under isf-2024.
 */
class DesignRiskApiTest {

    private static final String PATH = "/api/v1/design-risk";
    private static final String HALVES = """
            "ruleSet": "isf-2024", "episodes": 2,
            "mix": [{"pathwayId": "hip-replacement-A", "share": 0.5}, {"pathwayId": "hip-replacement-D-check-call", "share": 0.5}]""";

    private static JsonNode design(JsonNode answer, String label) {
        for (JsonNode d : answer.get("designs")) {
            if (d.get("label").asText().equals(label)) {
                return d;
            }
        }
        throw new AssertionError("no design " + label + " in " + answer);
    }

    private static BigDecimal at(JsonNode node, String pointer) {
        return node.at(pointer).decimalValue();
    }

    private static void amount(String expected, JsonNode node, String pointer) {
        assertEquals(0, new BigDecimal(expected).compareTo(at(node, pointer)), pointer + " = " + node.at(pointer));
    }

    @Test
    void per_contact_the_phone_control_spreads_the_year_and_the_bundle_pays_both_alike() {
        ApiServer.Reply reply = conforms("POST", PATH, ApiServer.post(PATH, "{" + HALVES + ", \"designs\": ["
                + "{\"label\": \"per contact\", \"model\": \"per-contact\"}, {\"label\": \"bundle\", \"model\": \"bundle\"},"
                + "{\"label\": \"bundle at 40 000\", \"model\": \"bundle\", \"overrides\": {\"bundles\":"
                + " {\"hip-replacement-bundle\": {\"price\": 40000}}}}],"
                + " \"sensitivity\": {\"design\": \"bundle\", \"parameter\": \"bundles.hip-replacement-bundle.price\","
                + " \"values\": [40000, 43749]}}"));
        assertEquals(200, reply.status(), reply.body());
        JsonNode answer = reply.json();
        // two episodes of two types fall three ways: AA (¼), AD (½), DD (¼): few enough to list
        assertEquals("exact", answer.get("method").asText());
        assertEquals(0, answer.get("draws").asLong());

        JsonNode perContact = design(answer, "per contact");
        // A: 835.97 + 41 798.40 + 626.98 + 626.98 = 43 888.33; D: 835.97 + 41 798.40 + 0.00 + 626.98 = 43 261.35
        amount("43888.33", perContact, "/episodeTypes/0/money/isf");
        amount("43261.35", perContact, "/episodeTypes/1/money/isf");
        // both get the same block grant per planned pathway, so their incomes differ by 626.98; one episode's
        // variance is (626.98 / 2)² = 98 275.98; two: 196 551.96; √ = 443.342… → 443.34
        amount("443.34", perContact, "/income/standardDeviation");
        // AA − DD = 2 × 626.98 = 1 253.96 (each has probability ¼ ≥ 5 %, so they are the 95th and 5th percentile)
        assertEquals(0, new BigDecimal("1253.96").compareTo(at(perContact, "/income/p95").subtract(at(perContact, "/income/p5"))));
        // the mean is 2 × (½ × income of A + ½ × income of D)
        BigDecimal meanEpisode = at(perContact, "/episodeTypes/0/money/income").add(at(perContact, "/episodeTypes/1/money/income"))
                .divide(BigDecimal.valueOf(2));
        assertEquals(0, meanEpisode.multiply(BigDecimal.valueOf(2)).compareTo(at(perContact, "/income/mean")));

        JsonNode bundle = design(answer, "bundle");
        // every contact of A and D lies in the window: both earn the price, 43 749.00, and the year cannot vary
        amount("43749.00", bundle, "/episodeTypes/0/money/isf");
        amount("43749.00", bundle, "/episodeTypes/1/money/isf");
        amount("0.00", bundle, "/income/standardDeviation");
        assertEquals(bundle.at("/income/p5"), bundle.at("/income/p95"));

        JsonNode lower = design(answer, "bundle at 40 000");
        amount("40000.00", lower, "/episodeTypes/0/money/isf");
        // 2 episodes × (43 749.00 − 40 000.00) = 7 498.00 less a year
        assertEquals(0, at(bundle, "/income/mean").subtract(new BigDecimal("7498.00")).compareTo(at(lower, "/income/mean")));
        assertEquals(lower.at("/reproducibility/0/contentHash"), bundle.at("/reproducibility/0/contentHash"));
        assertNotEquals(lower.at("/reproducibility/0/overridesHash"), bundle.at("/reproducibility/0/overridesHash"));
        assertEquals(40000, lower.at("/overrides/bundles/hip-replacement-bundle/price").asInt());

        JsonNode points = answer.at("/sensitivity/points");
        assertEquals("bundles.hip-replacement-bundle.price", answer.at("/sensitivity/parameter").asText());
        assertEquals(lower.get("income"), points.get(0).get("income"), "the price at 40 000 is the design at 40 000");
        assertEquals(bundle.get("margin"), points.get(1).get("margin"), "at its own price the bundle is itself");
    }

    @Test
    void without_designs_each_model_is_assessed_as_the_rule_set_holds_it() {
        ApiServer.Reply reply = conforms("POST", PATH, ApiServer.post(PATH, "{" + HALVES + "}"));
        assertEquals(200, reply.status(), reply.body());
        List<String> labels = reply.json().get("designs").findValuesAsText("label");
        assertEquals(List.of("per-contact", "bundle", "period"), labels);
        assertTrue(reply.json().get("sensitivity").isNull());
    }

    @Test
    void a_question_that_cannot_be_answered_is_refused_naming_its_field_in_words() {
        refused("{\"ruleSet\": \"isf-2024\", \"episodes\": 2, \"mix\": [{\"pathwayId\": \"hip-replacement-A\", \"share\": 0.5},"
                + " {\"pathwayId\": \"hip-replacement-D-check-call\", \"share\": 0.4}]}", "mix", "add up to 1, not 0.9");
        refused("{" + HALVES + ", \"sensitivity\": {\"design\": \"corridor\", \"parameter\":"
                + " \"bundles.hip-replacement-bundle.price\", \"values\": [1]}}", "sensitivity.design", "no design is labelled 'corridor'");
        refused("{" + HALVES + ", \"sensitivity\": {\"design\": \"bundle\", \"parameter\": \"bundles.hip-replacement-bundle.colour\","
                + " \"values\": [1]}}", "sensitivity.parameter", "is not a parameter");
        refused("{" + HALVES + ", \"sensitivity\": {\"design\": \"bundle\", \"parameter\": \"bundles.hip-replacement-bundle.daysAfter\","
                + " \"values\": [90.5]}}", "sensitivity.values[0]", "90.5 is not a whole number");
        refused("{" + HALVES + ", \"designs\": [{\"label\": \"knee\", \"model\": \"bundle\", \"overrides\": {\"bundles\":"
                + " {\"knee-bundle\": {\"price\": 1}}}}]}", "designs[0].overrides.bundles.knee-bundle", "knee-bundle");
        refused("{" + HALVES + ", \"designs\": [{\"label\": \"a\"}, {\"label\": \"a\", \"model\": \"bundle\"}]}", "designs",
                "two designs are labelled 'a'");
        refused("{\"ruleSet\": \"isf-2024\", \"episodes\": 2, \"mix\": [{\"pathwayId\": \"hip-replacement-Z\","
                + " \"share\": 1}]}", "mix[0].pathwayId", "no pathway 'hip-replacement-Z'");
    }

    private static void refused(String body, String field, String words) {
        ApiServer.Reply reply = conforms("POST", PATH, ApiServer.post(PATH, body));
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.fields().get(0).startsWith(field), reply.body());
        assertTrue(reply.body().contains(words), reply.body());
    }
}
