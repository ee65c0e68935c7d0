package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/pricings under the bundle model, with episodes of more than one anchor: a contact counts toward one
 * episode.
 *
 * <p>Per contact, somatic: isf-2019 pays 44 618 kr a point at 50 %, isf-2020 45 808 at 50 %, isf-2024 52 248 at 40 %.
 * The hip bundle covers 90 days before and after its anchor; its outlier rule pays half of what the covered contacts'
 * per-contact value exceeds 1.5 × the price.
 */
class BundleEpisodesApiTest {

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

    private static JsonNode line(JsonNode pricing, String contactId) {
        for (JsonNode line : pricing.get("lines")) {
            if (line.get("contactId").asText().equals(contactId)) {
                return line;
            }
        }
        throw new AssertionError("no line " + contactId + " in " + pricing);
    }
}
