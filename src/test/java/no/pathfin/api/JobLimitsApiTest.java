package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.pathfin.adapter.activity.FileRepriceJobStore;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.batch.JobLimits;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.domain.batch.RepriceJob;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared server's jobs are bounded: a quota on the folder, a retention, deletion, uploads removed when done. */
class JobLimitsApiTest {

    private static final Path SAMPLE = Path.of("pathways/activity/sample-activity.csv");
    private static final List<RepriceActivity.Scenario> ISF_2024 =
            List.of(new RepriceActivity.Scenario("isf-2024", FinancingModel.PER_CONTACT));

    @TempDir
    Path temp;

    @Test
    void a_job_that_has_ended_is_deleted_with_its_files_and_then_is_not_found() {
        JsonNode job = RepriceJobApiTest.finishedJob(SAMPLE.toString());
        String id = job.get("id").asText();
        assertTrue(Files.isDirectory(ApiServer.JOBS.resolve(id)));

        ApiServer.Reply deleted = ApiServer.send("DELETE", "/api/v1/reprice-jobs/" + id, null, null);
        assertEquals(204, deleted.status(), deleted.body());
        assertFalse(Files.exists(ApiServer.JOBS.resolve(id)), "its folder is gone");
        assertEquals(404, conforms("GET", "/api/v1/reprice-jobs/{id}",
                ApiServer.get("/api/v1/reprice-jobs/" + id)).status());
        ApiServer.Reply again = ApiServer.send("DELETE", "/api/v1/reprice-jobs/" + id, null, null);
        assertEquals(404, again.status());
        assertEquals(List.of("id"), again.fields());
    }

    @Test
    void an_upload_is_removed_when_its_job_ends_unless_kept_and_a_job_without_it_cannot_be_assessed() {
        ApiServer.Reply submitted = ApiServer.postFile("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan",
                "text/csv", SAMPLE);
        assertEquals(202, submitted.status(), submitted.body());
        String id = submitted.json().get("id").asText();
        JsonNode job = Jobs.awaitJob(id, RepriceJobApiTest.PATIENCE);
        assertEquals("done", job.get("status").asText(), job.toString());
        assertFalse(Files.exists(ApiServer.JOBS.resolve(id).resolve("activity.csv")), "the upload is removed");
        assertTrue(Files.exists(ApiServer.JOBS.resolve(id).resolve("results")), "the results stay");

        ApiServer.Reply impact = ApiServer.post("/api/v1/impact", "{\"baseline\": \"isf-2024\", \"candidate\":"
                + " \"isf-2025-plan\", \"population\": {\"repricingJob\": \"" + id + "\"}}");
        assertEquals(422, impact.status(), impact.body());
        assertTrue(impact.body().contains("keepActivity=true"), impact.body());

        String kept = RepriceJobApiTest.finishedJob(SAMPLE.toString()).get("id").asText();
        assertTrue(Files.exists(ApiServer.JOBS.resolve(kept).resolve("activity.csv")), "kept when asked");
    }

    @Test
    void a_job_past_the_quota_is_refused_with_507_and_nothing_is_left_behind() throws Exception {
        Path folder = temp.resolve("jobs");
        // the sample is 6 564 bytes; a quota of 4 000 leaves no room for it
        RepriceJobs jobs = new RepriceJobs(TestPathfin.get().repriceActivity(), new FileRepriceJobStore(folder), 1,
                new JobLimits(4_000, Duration.ofDays(30)));
        try (jobs; WebServer server = new WebServer(TestPathfin.get(), jobs).start(0)) {
            HttpResponse<String> upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2024"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(SAMPLE)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(507, upload.statusCode(), upload.body());
            assertTrue(upload.body().contains("quota"), upload.body());
            HttpResponse<String> generated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/v1/reprice-jobs/generated?baseline=isf-2024"
                            + "&candidate=isf-2024&contacts=100")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            // 100 contacts × about 135 bytes = 13 500 bytes, more than the 4 000 of the quota
            assertEquals(507, generated.statusCode(), generated.body());
            try (var folders = Files.list(folder)) {
                assertEquals(0, folders.count(), "no job folder left");
            }
        }
    }

    @Test
    void jobs_that_ended_longer_ago_than_the_retention_are_deleted_and_running_ones_never() throws Exception {
        Path folder = temp.resolve("jobs");
        FileRepriceJobStore store = new FileRepriceJobStore(folder);
        String old = saved(store, RepriceJob.Status.DONE, Instant.now().minus(Duration.ofDays(8)));
        String recent = saved(store, RepriceJob.Status.FAILED, Instant.now().minus(Duration.ofDays(6)));
        String running = saved(store, RepriceJob.Status.RUNNING, null);

        try (RepriceJobs jobs = new RepriceJobs(TestPathfin.get().repriceActivity(), store, 1,
                new JobLimits(1L << 30, Duration.ofDays(7)))) {
            assertTrue(jobs.find(old).isEmpty(), "ended 8 days ago, kept 7: deleted");
            assertEquals(RepriceJob.Status.FAILED, jobs.find(recent).orElseThrow().status());
            // the running one a previous server left is interrupted now, and kept
            assertEquals(RepriceJob.Status.INTERRUPTED, jobs.find(running).orElseThrow().status());
            assertThrows(no.pathfin.application.port.InvalidRequestException.class, () -> jobs.delete(runningNow(jobs)),
                    "a queued or running job is not deleted");
        }
    }

    /** Queues a job and returns its id while it is queued or running (a generated year takes a moment). */
    private static String runningNow(RepriceJobs jobs) {
        return jobs.submitGenerated(ISF_2024, 200_000, 1, false).id();
    }

    private static String saved(FileRepriceJobStore store, RepriceJob.Status status, Instant finished)
            throws Exception {
        String id;
        try (InputStream upload = Files.newInputStream(SAMPLE)) {
            id = store.store(upload, 1 << 20);
        }
        store.save(new RepriceJob(id, status, List.of("isf-2024"), Instant.now().minus(Duration.ofDays(10)),
                finished, new RepriceJob.Progress(0, 100, 0), null, null, List.of()));
        return id;
    }

    @Test
    void a_failed_jobs_message_does_not_show_the_servers_folders() throws Exception {
        Path bad = temp.resolve("bad.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(3, lines.get(3).replace(",somatic,", ",dental,"));
        Files.write(bad, lines);
        ApiServer.Reply submitted = ApiServer.postFile(
                "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan&strict=true", "text/csv", bad);
        assertEquals(202, submitted.status(), submitted.body());
        JsonNode job = Jobs.awaitJob(submitted.json().get("id").asText(), RepriceJobApiTest.PATIENCE);

        assertEquals("failed", job.get("status").asText(), job.toString());
        String message = job.get("message").asText();
        assertTrue(message.contains("line 4"), message);
        assertFalse(message.contains(ApiServer.JOBS.toString()) || message.contains("pathfin-jobs"), message);
        ApiServer.Reply results = ApiServer.get("/api/v1/reprice-jobs/" + job.get("id").asText()
                + "/results/by-hospital.csv");
        assertEquals(404, results.status(), "a failed job will have no results: " + results.body());
    }
}
