package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule change's effect on income over a stated population, with the block grant set from a plan and compensated.
 * Hip A, B, C under isf-2024 (ISF 43 888.33, 43 261.35, 44 097.32) and isf-2025-plan (32 916.24, 32 446.01,
 * 33 072.99); points 2.100, 2.070, 2.110; 52 248 kr a point.
 */
class IncomeImpactApiTest {

    private static final String NINE_THOUSAND = """
            [{"pathwayId": "hip-replacement-A", "volume": 3600}, {"pathwayId": "hip-replacement-B", "volume": 3150},
             {"pathwayId": "hip-replacement-C", "volume": 2250}]""";


    private static JsonNode impact(String body) {
        ApiServer.Reply reply = conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", body));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static Map<String, JsonNode> byPathway(JsonNode impact) {
        Map<String, JsonNode> rows = new HashMap<>();
        impact.get("pathways").forEach(p -> rows.put(p.get("variant").asText(), p));
        return rows;
    }

    @Test
    void a_share_cut_compensated_at_plan_moves_income_only_by_each_variants_distance_from_the_plan() {
        JsonNode impact = impact("{\"baseline\": \"isf-2024\", \"candidate\": \"isf-2025-plan\", \"family\":"
                + " \"hip-replacement\", \"population\": " + NINE_THOUSAND + "}");

        assertEquals("share", impact.get("income").get("compensation").asText()); // the default
        assertEquals(9000, impact.get("population").get("pathways").asInt());
        assertTrue(impact.get("population").get("description").asText().startsWith("the population given"));
        // ISF: 43 888.33 × 3 600 + 43 261.35 × 3 150 + 44 097.32 × 2 250
        //    = 157 997 988.00 + 136 273 252.50 + 99 218 970.00 = 393 490 210.50
        // after: 32 916.24 × 3 600 + 32 446.01 × 3 150 + 33 072.99 × 2 250
        //    = 118 498 464.00 + 102 204 931.50 + 74 414 227.50 = 295 117 623.00
        JsonNode income = impact.get("income");
        assertAmount("393490210.50", income.get("isf").get("baseline"));
        assertAmount("295117623.00", income.get("isf").get("candidate"));
        assertAmount("393490210.50", impact.get("summary").get("baseline"));
        // block grant: points 18 828.000; (1 − 0.40) × 52 248 × 18 828 / 9 000 = 65 581.6896 → 65 581.69 × 9 000
        //   = 590 235 210.00; after (1 − 0.30) × 52 248 × 18 828 / 9 000 = 76 511.9712 → 76 511.97 × 9 000 = 688 607 730.00
        assertAmount("590235210.00", income.get("blockGrant").get("baseline"));
        assertAmount("688607730.00", income.get("blockGrant").get("candidate"));
        // income 983 725 420.50 → 983 725 353.00: −67.50, the rounding of lines and grant to øre (0.0075 kr a pathway)
        assertAmount("983725420.50", income.get("income").get("baseline"));
        assertAmount("-67.50", income.get("income").get("difference"));
        Map<String, JsonNode> rows = byPathway(impact);
        // A: 32 916.24 + 76 511.97 = 109 428.21 against 43 888.33 + 65 581.69 = 109 470.02: −41.81
        // B: 32 446.01 + 76 511.97 = 108 957.98 against 43 261.35 + 65 581.69 = 108 843.04: +114.94
        // C: 33 072.99 + 76 511.97 = 109 584.96 against 44 097.32 + 65 581.69 = 109 679.01: −94.05
        assertAmount("-41.81", rows.get("A").get("income").get("difference"));
        assertAmount("114.94", rows.get("B").get("income").get("difference"));
        assertAmount("-94.05", rows.get("C").get("income").get("difference"));
        assertAmount("-10972.09", rows.get("A").get("difference")); // ISF alone: 32 916.24 − 43 888.33
        assertEquals(3600, rows.get("A").get("volume").asInt());
        // the attribution of income adds up to the difference, and the share is what moved it
        JsonNode attribution = income.get("attribution");
        assertAmount("-67.50", attribution.get("total"));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode c : attribution.get("contributions")) {
            sum = sum.add(c.get("amount").decimalValue());
        }
        assertEquals(0, sum.compareTo(new BigDecimal("-67.50")), attribution.toString());
    }

    @Test
    void activity_above_plan_earns_isf_alone_and_a_share_cut_takes_a_quarter_of_it() {
        JsonNode impact = impact("{\"baseline\": \"isf-2024\", \"candidate\": \"isf-2025-plan\", \"family\":"
                + " \"hip-replacement\", \"plan\": " + NINE_THOUSAND + ", \"population\": "
                + NINE_THOUSAND.replace("3600", "4500") + "}");

        JsonNode income = impact.get("income");
        // the block grant follows the plan, not the activity: 590 235 210.00 → 688 607 730.00 as above
        assertAmount("590235210.00", income.get("blockGrant").get("baseline"));
        assertAmount("688607730.00", income.get("blockGrant").get("candidate"));
        // 900 more A: ISF 393 490 210.50 + 900 × 43 888.33 = 393 490 210.50 + 39 499 497.00 = 432 989 707.50
        //            after 295 117 623.00 + 900 × 32 916.24 = 295 117 623.00 + 29 624 616.00 = 324 742 239.00
        assertAmount("432989707.50", income.get("isf").get("baseline"));
        assertAmount("324742239.00", income.get("isf").get("candidate"));
        // income: −67.50 at plan + 900 × (32 916.24 − 43 888.33) = −67.50 − 9 874 881.00 = −9 874 948.50
        assertAmount("-9874948.50", income.get("income").get("difference"));
    }

    @Test
    void neutral_compensation_keeps_income_at_plan_and_none_is_todays_isf_only_view() {
        String body = "{\"baseline\": \"isf-2024\", \"candidate\": \"isf-2025-plan\", \"family\": \"hip-replacement\","
                + " \"population\": " + NINE_THOUSAND + ", \"compensation\": \"%s\"}";
        JsonNode neutral = impact(body.formatted("neutral")).get("income");
        // 65 581.6896 + (393 490 210.50 − 295 117 623.00) / 9 000 = 65 581.6896 + 10 930.2875 = 76 511.9771 → 76 511.98
        // 9 000 × 76 511.98 = 688 607 820.00; income 295 117 623.00 + 688 607 820.00 = 983 725 443.00: +22.50 (rounding)
        assertAmount("688607820.00", neutral.get("blockGrant").get("candidate"));
        assertAmount("22.50", neutral.get("income").get("difference"));

        JsonNode none = impact(body.formatted("none")).get("income");
        // the block grant stays; income falls by the whole ISF cut: 295 117 623.00 − 393 490 210.50 = −98 372 587.50
        assertAmount("590235210.00", none.get("blockGrant").get("candidate"));
        assertAmount("-98372587.50", none.get("income").get("difference"));
    }

    @Test
    void without_a_population_the_total_says_it_is_one_of_each_fixture() {
        JsonNode impact = impact("{\"baseline\": \"isf-2024\", \"candidate\": \"isf-2025-plan\"}");
        assertEquals("one of each fixture", impact.get("population").get("description").asText());
        assertEquals("one of each fixture", impact.get("income").get("plan").get("description").asText());
    }

    @Test
    void a_population_naming_a_pathway_not_selected_or_twice_is_refused_by_field() {
        ApiServer.Reply unknown = conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", """
                {"baseline": "isf-2024", "family": "hip-replacement",
                 "population": [{"pathwayId": "mental-health-ambulant-team", "volume": 5}]}"""));
        assertEquals(422, unknown.status(), unknown.body());
        assertTrue(unknown.fields().contains("population[0].pathwayId"), unknown.body());
        ApiServer.Reply twice = conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", """
                {"baseline": "isf-2024", "family": "hip-replacement",
                 "plan": [{"pathwayId": "A", "volume": 5}, {"pathwayId": "hip-replacement-A", "volume": 1}]}"""));
        assertEquals(422, twice.status(), twice.body());
        assertTrue(twice.fields().contains("plan[1].pathwayId"), twice.body());
        ApiServer.Reply badCompensation = conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", """
                {"baseline": "isf-2024", "compensation": "full"}"""));
        assertEquals(400, badCompensation.status(), badCompensation.body());
        assertTrue(badCompensation.fields().contains("compensation"), badCompensation.body());
    }

    @Test
    void the_break_even_unit_price_comes_with_the_block_grant_compensation_that_would_answer_instead() {
        ApiServer.Reply reply = conforms("POST", "/api/v1/break-even-unit-price", ApiServer.post(
                "/api/v1/break-even-unit-price", """
                {"baseline": "isf-2024", "candidate": "isf-2025-plan", "setting": "somatic",
                 "variants": [{"pathwayId": "hip-replacement-A"}, {"pathwayId": "hip-replacement-B"},
                              {"pathwayId": "hip-replacement-C"}]}"""));
        assertEquals(200, reply.status(), reply.body());
        // 52 248 × 0.40 / 0.30 = 69 664.00; or, said plainly: 229 682.22 − 196 870.47 = 32 811.75 more block grant
        assertAmount("69664.00", reply.json().get("price"));
        JsonNode compensation = reply.json().get("blockGrantCompensation");
        assertAmount("32811.75", compensation.get("needed"));
        assertEquals("isf-2025-plan", compensation.get("schemes").get(0).get("blockGrant").get("ruleSet").asText());
        assertAmount("-34.84", compensation.get("variants").get(0).get("difference"));
    }
}
