package no.pathfin.api;

import static no.pathfin.api.Amounts.assertAmount;
import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Projection jobs over HTTP, over the sample activity (the shipped scenarios' own base year, or a repricing job's):
 * the figures are those `project` gives (ProjectionTest works them by hand).
 */
class ProjectionJobApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Submits a projection job and waits until it is done. */
    static JsonNode finishedProjection(String body) {
        ApiServer.Reply submitted = conforms("POST", "/api/v1/projection-jobs",
                ApiServer.post("/api/v1/projection-jobs", body));
        assertEquals(202, submitted.status(), submitted.body());
        String id = submitted.json().get("id").asText();
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            ApiServer.Reply reply = conforms("GET", "/api/v1/projection-jobs/{id}",
                    ApiServer.get("/api/v1/projection-jobs/" + id));
            assertEquals(200, reply.status(), reply.body());
            String status = reply.json().get("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                assertEquals("done", status, reply.body());
                return reply.json();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("projection job " + id + " not done within " + PATIENCE);
    }


    @Test
    void a_scenario_is_projected_as_a_job_with_its_years_and_files() {
        JsonNode job = finishedProjection("{\"scenario\": \"demography\"}");

        assertEquals(12, job.get("years").size());
        JsonNode last = job.get("years").get(11);
        assertEquals(2035, last.get("year").asInt());
        // the same as project --scenario scenarios/demography.yaml over the sample (docs/projection.md)
        assertAmount("91131.43", last.get("isf"));
        assertAmount("237288.43", last.get("income"));
        ApiServer.Reply csv = conforms("GET", "/api/v1/projection-jobs/{id}/results/{file}",
                ApiServer.get("/api/v1/projection-jobs/" + job.get("id").asText() + "/results/projection-by-year.csv"));
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().startsWith("year,contacts,points,isf_kr"), csv.body());
        assertTrue(csv.body().contains("\n2035,"), csv.body());

        ApiServer.Reply listed = conforms("GET", "/api/v1/projection-jobs", ApiServer.get("/api/v1/projection-jobs"));
        assertEquals(200, listed.status(), listed.body());
        JsonNode same = null;
        for (JsonNode j : listed.json()) {
            if (j.get("id").asText().equals(job.get("id").asText())) {
                same = j;
            }
        }
        assertEquals(job, same, "the list holds the job as GET /api/v1/projection-jobs/{id} answers it");
    }

    @Test
    void the_quality_pot_stands_beside_isf_and_the_block_grant_and_each_trusts_share_is_in_a_result_file() {
        JsonNode job = finishedProjection("{\"scenario\": \"quality-pot\"}");

        JsonNode last = job.get("years").get(11);
        // demography's figures (above) and the 16 trusts' shares of isf-2024's 566 400 000 kr (ProjectionQualityPotTest)
        assertAmount("91131.43", last.get("isf"));
        assertAmount("453828634.92", last.get("qualityPot"));
        assertAmount("454065923.35", last.get("income")); // 237 288.43 + 453 828 634.92
        assertAmount("0.00", finishedProjection("{\"scenario\": \"status-quo\"}").get("years").get(0).get("qualityPot"));
        ApiServer.Reply csv = conforms("GET", "/api/v1/projection-jobs/{id}/results/{file}", ApiServer.get(
                "/api/v1/projection-jobs/" + job.get("id").asText() + "/results/projection-quality-pot-by-year-trust.csv"));
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().startsWith("year,region,hospital,rule_set,quality_pot_kr,working\n"), csv.body());
        assertTrue(csv.body().contains("\n2035,helse-sor-ost,HF-AHUS,isf-2024,29478523.35,"), csv.body());
    }

    @Test
    void two_scenarios_are_compared_over_a_repricing_jobs_activity() {
        String repricing = RepriceJobApiTest.finishedJob("pathways/activity/sample-activity.csv").get("id").asText();
        JsonNode job = finishedProjection("{\"scenario\": \"demography\", \"compare\": \"home-2035\","
                + " \"repricingJob\": \"" + repricing + "\"}");

        assertEquals(repricing, job.get("repricingJob").asText());
        assertEquals(12, job.get("candidate").size());
        // demography → home-2035 in 2035: income −3 147.01 (the comparison printed in docs/projection.md)
        BigDecimal change = job.get("candidate").get(11).get("income").decimalValue()
                .subtract(job.get("years").get(11).get("income").decimalValue());
        assertEquals(0, new BigDecimal("-3147.01").compareTo(change), change.toPlainString());
        assertTrue(job.toString().contains("comparison-attribution.csv"), job.toString());
        assertTrue(job.toString().contains("home-2035-projection-by-year.csv"), job.toString());
    }

    @Test
    void an_unknown_scenario_or_repricing_job_is_refused_naming_the_field() {
        assertRefused("{\"scenario\": \"no-such\"}", "scenario", "known: demography, home-2035, quality-pot, status-quo");
        assertRefused("{\"scenario\": \"demography\", \"compare\": \"nope\"}", "compare", "unknown scenario 'nope'");
        assertRefused("{\"scenario\": \"demography\", \"repricingJob\": \"missing\"}", "repricingJob",
                "no repricing job 'missing'");
        ApiServer.Reply bad = conforms("POST", "/api/v1/projection-jobs",
                ApiServer.post("/api/v1/projection-jobs", "{\"scenario\": \"../etc\"}"));
        assertEquals(400, bad.status(), bad.body());
        ApiServer.Reply missing = conforms("GET", "/api/v1/projection-jobs/{id}",
                ApiServer.get("/api/v1/projection-jobs/nope"));
        assertEquals(404, missing.status(), missing.body());
    }

    @Test
    void a_restart_keeps_finished_jobs_and_says_which_were_cut_short(@org.junit.jupiter.api.io.TempDir
                                                                       java.nio.file.Path folder) {
        var store = new no.pathfin.adapter.scenarios.FileProjectionJobStore(folder);
        var running = new no.pathfin.domain.projection.ProjectionJob(store.create(),
                no.pathfin.domain.projection.ProjectionJob.Status.RUNNING, "demography", null, null, Instant.now(),
                null, null, null, null, null);
        store.save(running);
        var finished = running.with(no.pathfin.domain.projection.ProjectionJob.Status.DONE, Instant.now(), null,
                null, null, java.util.List.of("projection-by-year.csv"));
        var done = new no.pathfin.domain.projection.ProjectionJob(store.create(), finished.status(), "status-quo",
                null, null, finished.created(), finished.finished(), null, null, null, finished.resultFiles());
        store.save(done);

        try (var restarted = new no.pathfin.application.projection.ProjectionJobs(
                no.pathfin.support.TestPathfin.get().projectFinancing(), store,
                no.pathfin.App.scenarios(java.nio.file.Path.of("scenarios")), ApiServer.jobs(folder.resolve("r")), 1)) {
            var cut = restarted.find(running.id()).orElseThrow();
            assertEquals(no.pathfin.domain.projection.ProjectionJob.Status.INTERRUPTED, cut.status());
            assertTrue(cut.message().contains("submit it again"), cut.message());
            var kept = restarted.find(done.id()).orElseThrow();
            assertEquals(no.pathfin.domain.projection.ProjectionJob.Status.DONE, kept.status());
            assertEquals(done.resultFiles(), kept.resultFiles());
        }
    }

    private static void assertRefused(String body, String field, String words) {
        ApiServer.Reply reply = conforms("POST", "/api/v1/projection-jobs", ApiServer.post("/api/v1/projection-jobs",
                body));
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"" + field + "\""), reply.body());
        assertTrue(reply.body().contains(words), reply.body());
    }

}
