package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule change assessed over the activity a repricing job read, over HTTP. The job is the sample activity file;
 * HF-AHUS has one somatic assessment (0.040) and one control (0.030) in person, 52 248 kr a point, so its figures are
 * worked by hand below (the same as the batch's own test of the whole money).
 */
class ActivityImpactApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static String job;

    @BeforeAll
    static void aFinishedJobOverTheSample() {
        ApiServer.Reply submitted = conforms("POST", "/api/v1/reprice-jobs", ApiServer.postFile(
                "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan&keepActivity=true", "text/csv",
                Path.of("pathways/activity/sample-activity.csv")));
        assertEquals(202, submitted.status(), submitted.body());
        job = submitted.json().get("id").asText();
        JsonNode done = Jobs.awaitJob(job, PATIENCE);
        assertEquals("done", done.get("status").asText(), done.toString());
    }

    private static JsonNode impact(String body) {
        ApiServer.Reply reply = conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", body));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static String shareCut(String extra) {
        return "{\"baseline\": \"isf-2024\", \"candidate\": \"isf-2025-plan\", \"population\": {\"repricingJob\": \""
                + job + "\"}" + extra + "}";
    }

    private static JsonNode scheme(JsonNode impact, String hospital, String scheme) {
        for (JsonNode h : impact.get("byHospital")) {
            if (h.get("hospital").asText().equals(hospital)) {
                for (JsonNode s : h.get("schemes")) {
                    if (s.get("scheme").asText().equals(scheme)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError(hospital + " " + scheme + " not in " + impact);
    }

    private static void assertChange(String before, String after, JsonNode change) {
        assertAmount(before, change.get("baseline"));
        assertAmount(after, change.get("candidate"));
        assertAmount(new BigDecimal(after).subtract(new BigDecimal(before)).toPlainString(), change.get("difference"));
    }


    @Test
    void the_share_cut_over_a_jobs_activity_moves_each_hospitals_income_only_by_rounding() {
        JsonNode impact = impact(shareCut(""));

        assertEquals("share", impact.get("compensation").asText());
        assertEquals(job, impact.get("population").get("repricingJob").asText());
        assertEquals("the activity file", impact.get("plan").asText());
        JsonNode ahus = scheme(impact, "HF-AHUS", "somatic").get("money");
        // ISF 0.040 × 52 248 × 0.40 = 835.97 + 0.030 × 52 248 × 0.40 = 626.98 → 1 462.95;
        // at 30 %: 626.98 + 470.23 = 1 097.21
        assertChange("1462.95", "1097.21", ahus.get("isf"));
        // block grant (1 − 0.40) × 52 248 × 0.070 = 2 194.416 → 2 194.42; (1 − 0.30) × 52 248 × 0.070 = 2 560.152
        assertChange("2194.42", "2560.15", ahus.get("blockGrant"));
        // income 1 462.95 + 2 194.42 = 3 657.37 → 1 097.21 + 2 560.15 = 3 657.36: one øre of rounding
        assertChange("3657.37", "3657.36", ahus.get("income"));
        // cost 0.040 × 52 248 = 2 089.92 + 0.030 × 52 248 = 1 567.44 = 3 657.36 either way; margin 0.01 → 0.00
        assertChange("3657.36", "3657.36", ahus.get("cost"));
        assertChange("0.01", "0.00", ahus.get("margin"));
        // the whole file: ISF falls by a quarter of its somatic part, income by the rounding of lines and grants
        JsonNode total = impact.get("summary").get("money");
        assertAmount("-19958.78", total.get("isf").get("difference"));
        assertAmount("-0.06", total.get("income").get("difference"));
        assertEquals(impact.get("attribution").get("total"), total.get("isf").get("difference"));
        assertEquals(impact.get("incomeAttribution").get("total"), total.get("income").get("difference"));
        assertEquals("tariffs.somatic.isfShare",
                impact.get("attribution").get("contributions").get(0).get("item").asText());
        // no hospital's income moves by more than its lines' rounding
        for (JsonNode h : impact.get("byHospital")) {
            assertTrue(h.get("money").get("income").get("difference").decimalValue().abs()
                    .compareTo(new BigDecimal("0.05")) <= 0, h.toString());
        }
        assertEquals(impact.get("summary").get("hospitals").asInt(), impact.get("byHospital").size());
    }

    @Test
    void the_baseline_of_the_assessment_is_the_jobs_own_repricing() {
        JsonNode impact = impact(shareCut(""));
        JsonNode summary = ApiServer.get("/api/v1/reprice-jobs/" + job).json().get("summary");

        assertEquals(summary.get("rows").asLong(), impact.get("population").get("rows").asLong());
        assertEquals(summary.get("contacts").asLong(), impact.get("population").get("contacts").asLong());
        assertAmount(summary.get("totals").get(0).get("kr").asText(),
                impact.get("summary").get("money").get("isf").get("baseline"));
        BigDecimal bySetting = BigDecimal.ZERO;
        for (JsonNode s : impact.get("bySetting")) {
            bySetting = bySetting.add(s.get("difference").decimalValue());
        }
        assertAmount(bySetting.toPlainString(), impact.get("summary").get("money").get("isf").get("difference"));
    }

    @Test
    void without_compensation_income_falls_with_isf_and_neutral_compensation_keeps_every_hospitals_income() {
        JsonNode none = impact(shareCut(", \"compensation\": \"none\""));
        JsonNode ahus = scheme(none, "HF-AHUS", "somatic").get("money");
        assertChange("2194.42", "2194.42", ahus.get("blockGrant"));
        assertChange("3657.37", "3291.63", ahus.get("income")); // 1 097.21 + 2 194.42
        assertAmount("-19958.78", none.get("summary").get("money").get("income").get("difference"));

        JsonNode neutral = impact(shareCut(", \"compensation\": \"neutral\""));
        // the grant makes up the ISF lost: 2 194.42 + (1 462.95 − 1 097.21) = 2 560.16
        assertChange("2194.42", "2560.16", scheme(neutral, "HF-AHUS", "somatic").get("money").get("blockGrant"));
        assertAmount("0", neutral.get("summary").get("money").get("income").get("difference"));
        assertEquals(neutral.get("summary").get("hospitals").asInt(), neutral.get("summary").get("unchanged").asInt());
        assertAmount("0", neutral.get("incomeAttribution").get("total"));
    }

    @Test
    void the_baseline_with_overrides_is_the_candidate_and_says_so() {
        JsonNode impact = impact("{\"baseline\": \"isf-2024\", \"population\": {\"repricingJob\": \"" + job + "\"},"
                + " \"overrides\": {\"tariffs\": {\"somatic\": {\"isfShare\": 0.30}}}}");

        assertEquals("isf-2024", impact.get("candidate").asText());
        JsonNode ahus = scheme(impact, "HF-AHUS", "somatic").get("money");
        assertChange("1462.95", "1097.21", ahus.get("isf"));
        assertChange("2194.42", "2560.15", ahus.get("blockGrant"));
        JsonNode uses = impact.get("reproducibility");
        assertEquals(uses.get(0).get("contentHash"), uses.get(1).get("contentHash"));
        assertTrue(!uses.get(0).get("overridesHash").equals(uses.get(1).get("overridesHash")), uses.toString());
    }

    @Test
    void an_unknown_or_unfinished_job_and_a_plan_beside_it_are_refused_naming_the_field(@TempDir Path temp)
            throws Exception {
        assertRefused(shareCut("").replace(job, "no-such-job"), "population.repricingJob", "no repricing job");
        assertRefused(shareCut(", \"plan\": [{\"pathwayId\": \"hip-replacement-A\", \"volume\": 1}]"), "plan",
                "also the plan");
        assertRefused(shareCut(", \"family\": \"hip-replacement\""), "family", "leave family out");

        // a job that stopped at a bad row (strict) has no activity to assess
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, Files.readAllLines(Path.of("pathways/activity/sample-activity.csv")).get(0)
                + "\nP1,HF-AHUS,P1-1,not-a-date,assessment,in-person,somatic,false,physician,hospital,ORT-ASSESS,,"
                + "false,true\n");
        ApiServer.Reply submitted = ApiServer.postFile(
                "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2024&strict=true", "text/csv", bad);
        assertEquals(202, submitted.status(), submitted.body());
        String failed = submitted.json().get("id").asText();
        assertEquals("failed", Jobs.awaitJob(failed, PATIENCE).get("status").asText());
        assertRefused(shareCut("").replace(job, failed), "population.repricingJob", "is failed");
    }

    private static void assertRefused(String body, String field, String words) {
        ApiServer.Reply reply = conforms("POST", "/api/v1/impact", ApiServer.post("/api/v1/impact", body));
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"" + field + "\""), reply.body());
        assertTrue(reply.body().contains(words), reply.body());
    }
}
