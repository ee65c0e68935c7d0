package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A rule set's quality pot over HTTP: its figures, each with its source, and which rule set set it. */
class QualityPotApiTest {

    private static JsonNode ruleSet(String id) {
        ApiServer.Reply reply = conforms("GET", "/api/v1/rule-sets/{id}", ApiServer.get("/api/v1/rule-sets/" + id));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void isf_2020_shows_its_pot_of_566_4_million_kroner_weighted_50_30_20_with_the_source_of_each_figure() {
        JsonNode pot = ruleSet("isf-2020").get("qualityPot");

        assertAmount("566400000", pot.get("amount"));
        assertAmount("0.50", pot.get("weights").get("results"));
        assertAmount("0.30", pot.get("weights").get("process"));
        assertAmount("0.20", pot.get("weights").get("patientExperience"));
        assertTrue(pot.get("sources").get("amount").asText().startsWith("HIGH: Helsedirektoratet"), pot.toString());
        assertTrue(pot.get("sources").get("weights.patientExperience").asText().startsWith("HIGH"), pot.toString());
        assertEquals("isf-2020", ruleSet("isf-2020").get("origins").get("qualityPot.amount").asText());
    }

    @Test
    void a_candidate_inherits_its_bases_pot_and_a_rule_set_without_one_says_null() {
        JsonNode candidate = ruleSet("candidate-2025-package");
        assertTrue(candidate.get("qualityPot").get("sources").get("amount").asText().startsWith("ASSUMPTION"));
        assertEquals("isf-2024", candidate.get("origins").get("qualityPot.weights.results").asText());
        assertTrue(ruleSet("isf-2019").get("qualityPot").isNull());
    }
}
