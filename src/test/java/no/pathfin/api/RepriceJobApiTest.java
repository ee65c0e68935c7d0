package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import no.pathfin.adapter.activity.ActivityGenerator;
import no.pathfin.adapter.activity.FileRepriceJobStore;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.domain.batch.RepriceJob;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repricing jobs over HTTP: upload, progress, results, clear errors, and what a restart keeps. */
class RepriceJobApiTest {

    @TempDir
    Path temp;

    /** Submits a file (baseline isf-2024, candidate isf-2025-plan and isf-2024:bundle) and waits until it is done. */
    static JsonNode finishedJob(String file) {
        ApiServer.Reply submitted = conforms("POST", "/api/v1/reprice-jobs", ApiServer.postFile(
                "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan&also=isf-2024:bundle", "text/csv",
                Path.of(file)));
        assertEquals(202, submitted.status(), submitted.body());
        String id = submitted.json().get("id").asText();
        for (int i = 0; i < 600; i++) {
            JsonNode job = conforms("GET", "/api/v1/reprice-jobs/{id}", ApiServer.get("/api/v1/reprice-jobs/" + id)).json();
            String status = job.get("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                assertEquals("done", status, job.toString());
                return job;
            }
            sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Test
    void an_uploaded_year_is_repriced_in_the_background_with_results_to_download() throws Exception {
        Path file = temp.resolve("year.csv");
        ActivityGenerator.generate(file, 50_000, 17, 2024);

        JsonNode job = finishedJob(file.toString());

        JsonNode summary = job.get("summary");
        assertEquals(50_000, summary.get("rows").asLong());
        assertEquals(List.of("isf-2024", "isf-2025-plan", "isf-2024:bundle"),
                ApiServer.JSON.convertValue(job.get("scenarios"), List.class));
        // the same file through the use case directly gives the same totals
        var direct = no.pathfin.batch.Reprices.of(file, "isf-2024", "isf-2025-plan", "isf-2024:bundle");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, direct.total().amounts().get(i).kroner()
                    .compareTo(summary.get("totals").get(i).get("kr").decimalValue()));
        }
        ApiServer.Reply csv = conforms("GET", "/api/v1/reprice-jobs/{id}/results/{file}",
                ApiServer.get(job.get("results").get(0).get("href").asText()));
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("hospital,contacts,isf-2024_kr,isf-2025-plan_kr,isf-2024:bundle_kr"), csv.body());
        assertEquals(21, csv.body().split("\n").length); // header + 20 health trusts
        JsonNode listed = ApiServer.get("/api/v1/reprice-jobs").json();
        assertTrue(listed.toString().contains(job.get("id").asText()));
    }

    @Test
    void a_generated_year_is_repriced_as_a_job_and_too_many_contacts_are_refused() {
        ApiServer.Reply submitted = conforms("POST", "/api/v1/reprice-jobs/generated", ApiServer.post(
                "/api/v1/reprice-jobs/generated?baseline=isf-2024&candidate=isf-2025-plan&contacts=2000&seed=3", ""));
        assertEquals(202, submitted.status(), submitted.body());
        String id = submitted.json().get("id").asText();
        JsonNode job = null;
        for (int i = 0; i < 400; i++) {
            job = ApiServer.get("/api/v1/reprice-jobs/" + id).json();
            if (job.get("status").asText().equals("done")) {
                break;
            }
            sleep(50);
        }
        assertEquals(2000, job.get("summary").get("rows").asLong());

        ApiServer.Reply tooMany = conforms("POST", "/api/v1/reprice-jobs/generated", ApiServer.post(
                "/api/v1/reprice-jobs/generated?baseline=isf-2024&candidate=isf-2025-plan&contacts=999999999", ""));
        assertEquals(422, tooMany.status());
        assertEquals(List.of("contacts"), tooMany.fields());
    }

    @Test
    void bad_rows_in_an_upload_are_counted_and_reported_by_line() throws Exception {
        Path file = temp.resolve("bad.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("pathways/activity/sample-activity.csv")));
        lines.set(3, lines.get(3).replace(",somatic,", ",dental,"));
        Files.write(file, lines);

        JsonNode summary = finishedJob(file.toString()).get("summary");

        assertEquals(1, summary.get("badRows").asLong());
        assertEquals(4, summary.get("firstBadRows").get(0).get("line").asLong());
        assertTrue(summary.get("firstBadRows").get(0).get("reason").asText().startsWith("setting 'dental'"));
    }

    @Test
    void bad_submissions_are_refused_naming_what_is_wrong() throws Exception {
        Path sample = Path.of("pathways/activity/sample-activity.csv");
        Path wrongHeader = temp.resolve("header.csv");
        Files.writeString(wrongHeader, "a,b,c\n1,2,3\n");

        refused(ApiServer.postFile("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-1999", "text/csv", sample),
                422, "candidate");
        refused(ApiServer.postFile("/api/v1/reprice-jobs?baseline=isf-2024", "text/csv", sample), 400, "candidate");
        refused(ApiServer.postFile("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2024:capitation", "text/csv",
                sample), 422, "candidate");
        refused(ApiServer.postFile("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan", "application/json",
                sample), 415, "Content-Type");
        refused(ApiServer.postFile("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan", "text/csv",
                wrongHeader), 422, "body");
        ApiServer.Reply missing = conforms("GET", "/api/v1/reprice-jobs/{id}", ApiServer.get("/api/v1/reprice-jobs/nope"));
        assertEquals(404, missing.status());
        assertEquals(List.of("id"), missing.fields());
    }

    @Test
    void a_restart_keeps_finished_results_and_reports_unfinished_jobs_as_interrupted() throws Exception {
        Path jobs = temp.resolve("jobs");
        FileRepriceJobStore store = new FileRepriceJobStore(jobs);
        String running = store.store(Files.newInputStream(Path.of("pathways/activity/sample-activity.csv")), 1 << 20);
        store.save(new RepriceJob(running, RepriceJob.Status.RUNNING, List.of("isf-2024", "isf-2025-plan"), Instant.now(),
                null, new RepriceJob.Progress(10, 100, 3), null, null, List.of()));
        String done;
        try (var first = ApiServer.jobs(jobs)) {
            done = first.submit(List.of(new no.pathfin.application.batch.RepriceActivity.Scenario("isf-2024",
                    no.pathfin.domain.pricing.FinancingModel.PER_CONTACT)), false,
                    Files.newInputStream(Path.of("pathways/activity/sample-activity.csv"))).id();
            for (int i = 0; i < 200 && first.find(done).orElseThrow().status() != RepriceJob.Status.DONE; i++) {
                sleep(50);
            }
        }

        try (var restarted = ApiServer.jobs(jobs); WebServer server = new WebServer(TestPathfin.get(), restarted).start(0)) {
            assertEquals(RepriceJob.Status.INTERRUPTED, restarted.find(running).orElseThrow().status());
            assertTrue(restarted.find(running).orElseThrow().message().contains("submit the file again"));
            RepriceJob finished = restarted.find(done).orElseThrow();
            assertEquals(RepriceJob.Status.DONE, finished.status());
            assertTrue(restarted.result(done, "by-setting.csv").isPresent());
            assertEquals(0, new BigDecimal(finished.summary().totals().get(0).kroner().toPlainString())
                    .compareTo(finished.summary().totals().get(0).kroner()));
        }
    }

    private static void refused(ApiServer.Reply reply, int status, String field) {
        conforms("POST", "/api/v1/reprice-jobs", reply);
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.fields().contains(field), "expected field " + field + " in " + reply.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
