package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.Pathfin;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/v1/pricings under the bundle model, with episodes of more than one anchor: a contact counts toward one
 * episode, the same request gives the same bytes, and a line names both rule sets it rests on.
 *
 * <p>Per contact, somatic: isf-2019 pays 44 618 kr a point at 50 %, isf-2020 45 808 at 50 %, isf-2024 52 248 at 40 %.
 * The hip bundle covers 90 days before and after its anchor; its outlier rule pays half of what the covered contacts'
 * per-contact value exceeds 1.5 × the price.
 */
class BundleEpisodesApiTest {

    @TempDir
    Path temp;

    private static final String OPERATION = "\"kind\": \"admission-with-surgery\", \"mode\": \"in-person\","
            + " \"setting\": \"somatic\", \"personnel\": \"physician\"";

    /** Two hip operations 101 days apart, under two rule sets, and a revision between them, in both windows. */
    private static String twoEpisodes(boolean laterFirst) {
        String first = "{\"id\": \"A1\", \"date\": \"2019-11-01\", " + OPERATION
                + ", \"groupCode\": \"HIP-SURGERY\", \"procedureCode\": \"NFB40\"}";
        String revision = "{\"id\": \"R\", \"date\": \"2019-12-25\", " + OPERATION + ", \"groupCode\": \"HIP-REVISION\"}";
        String second = "{\"id\": \"A2\", \"date\": \"2020-02-10\", " + OPERATION
                + ", \"groupCode\": \"HIP-SURGERY\", \"procedureCode\": \"NFB40\"}";
        String contacts = laterFirst ? second + ", " + revision + ", " + first : first + ", " + revision + ", " + second;
        return "{\"model\": \"bundle\", \"pathway\": {\"id\": \"two-hips\", \"family\": \"hip-replacement\","
                + " \"variant\": \"two\", \"contacts\": [" + contacts + "]}}";
    }

    @Test
    void a_contact_inside_two_episodes_counts_toward_the_one_its_line_names_only() {
        for (boolean laterFirst : List.of(false, true)) {
            JsonNode pricing = ApiServer.post("/api/v1/pricings", twoEpisodes(laterFirst)).json();

            JsonNode revision = line(pricing, "R");
            assertEquals(0, revision.get("amount").decimalValue().signum());
            assertTrue(revision.get("notes").get(0).asText().startsWith(
                    "covered by hip-replacement-bundle anchored at contact A1:"), revision.toString());
            // A1 (isf-2019): 46 477.08, and its episode's value 44 618.00 (2.000 points) + 53 541.60 (the revision,
            // 2.400 × 44 618 × 0.50) = 98 159.60 is above 1.5 × 46 477.08 = 69 715.62: (98 159.60 − 69 715.62) × 0.5
            // = 14 221.99
            JsonNode first = line(pricing, "A1").get("components");
            assertEquals(2, first.size());
            assertAmount("46477.08", first.get(0).get("amount"));
            assertAmount("14221.99", first.get(1).get("amount"));
            // A2 (isf-2020): 47 945.71 alone; its episode is worth 45 808.00 (2.000 × 45 808 × 0.50), below
            // 1.5 × 47 945.71 = 71 918.565 (counting the revision again made it 99 349.60, and paid 13 715.52)
            JsonNode second = line(pricing, "A2").get("components");
            assertEquals(1, second.size(), second.toString());
            assertAmount("47945.71", second.get(0).get("amount"));
            assertAmount("108644.78", pricing.get("total")); // 60 699.07 + 0.00 + 47 945.71
        }
    }

    @Test
    void a_covered_line_names_the_rule_set_of_its_bundle_price_and_the_one_of_its_per_contact_value() {
        JsonNode pricing = ApiServer.post("/api/v1/pricings",
                "{\"pathwayId\": \"year-boundary-hip-2019-2020\", \"model\": \"bundle\"}").json();

        String hash2019 = TestPathfin.get().ruleSets().byId("isf-2019").orElseThrow().info().contentHash();
        String hash2020 = TestPathfin.get().ruleSets().byId("isf-2020").orElseThrow().info().contentHash();
        JsonNode assessment = line(pricing, "Y1"); // 2019-11-18, covered by the 2020-01-08 operation's bundle
        assertEquals("isf-2020", assessment.get("ruleSet").asText());
        assertEquals(hash2020, assessment.get("ruleSetHash").asText());
        assertEquals("isf-2019", assessment.get("perContactRuleSet").asText());
        assertEquals(hash2019, assessment.get("perContactRuleSetHash").asText());
        assertTrue(assessment.get("notes").get(0).asText().contains("its per-contact value of 892.36 (isf-2019)"));
        JsonNode operation = line(pricing, "Y2");
        assertEquals("isf-2020", operation.get("perContactRuleSet").asText());
        assertEquals(hash2020, operation.get("perContactRuleSetHash").asText());
    }

    @Test
    void the_same_request_gives_the_same_bytes_when_a_contact_has_notes_from_two_episodes() throws Exception {
        // 2024-01-10 and 2024-06-01 open two episodes (143 days apart); the control of 2024-12-20 lies outside both
        // windows, day 345 from the first anchor and 202 from the second: per contact, 0.030 × 52 248 × 0.40 = 626.98
        String request = "{\"model\": \"bundle\", \"pathway\": {\"id\": \"apart\", \"family\": \"hip-replacement\","
                + " \"variant\": \"apart\", \"contacts\": ["
                + "{\"id\": \"A1\", \"date\": \"2024-01-10\", " + OPERATION + ", \"groupCode\": \"HIP-SURGERY\"},"
                + "{\"id\": \"A2\", \"date\": \"2024-06-01\", " + OPERATION + ", \"groupCode\": \"HIP-SURGERY\"},"
                + "{\"id\": \"C\", \"date\": \"2024-12-20\", \"kind\": \"control\", \"mode\": \"in-person\","
                + " \"setting\": \"somatic\", \"personnel\": \"physician\", \"groupCode\": \"ORT-CONTROL\"}]}}";
        // a server that keeps no decision: every request goes through the rules
        Pathfin uncached = Pathfin.of(TestPathfin.get().ruleSets(), TestPathfin.get().pathways(), DecisionCache.off());
        List<String> bodies = new ArrayList<>();
        try (var jobs = ApiServer.jobs(temp); WebServer server = new WebServer(uncached, jobs).start(0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 30; i++) {
                bodies.add(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                                + "/api/v1/pricings")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            }
        }

        assertEquals(1, new HashSet<>(bodies).size(), "different replies to one request");
        JsonNode pricing = ApiServer.JSON.readTree(bodies.get(0));
        JsonNode notes = line(pricing, "C").get("notes");
        assertEquals(2, notes.size());
        assertTrue(notes.get(0).asText().startsWith("day 345 from the anchor"), notes.toString()); // the first anchor's
        assertTrue(notes.get(1).asText().startsWith("day 202 from the anchor"), notes.toString());
        assertAmount("88124.98", pricing.get("total")); // 43 749.00 + 43 749.00 + 626.98
    }

    private static JsonNode line(JsonNode pricing, String contactId) {
        for (JsonNode line : pricing.get("lines")) {
            if (line.get("contactId").asText().equals(contactId)) {
                return line;
            }
        }
        throw new AssertionError("no line " + contactId + " in " + pricing);
    }
}
