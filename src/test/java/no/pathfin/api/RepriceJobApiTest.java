package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.pathfin.adapter.activity.ActivityGenerator;
import no.pathfin.adapter.activity.FileRepriceJobStore;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.RepriceJob;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repricing jobs over HTTP: upload, progress, results, clear errors, and what a restart keeps. */
class RepriceJobApiTest {

    @TempDir
    Path temp;

    /** How long a job over the sample or a small generated year may take before a test gives up on it. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Submits a file (baseline isf-2024, candidate isf-2025-plan and isf-2024:bundle) and waits until it is done. */
    static JsonNode finishedJob(String file) {
        ApiServer.Reply submitted = conforms("POST", "/api/v1/reprice-jobs", ApiServer.postFile(
                "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan&also=isf-2024:bundle&keepActivity=true",
                "text/csv",
                Path.of(file)));
        assertEquals(202, submitted.status(), submitted.body());
        JsonNode job = Jobs.awaitJob(submitted.json().get("id").asText(), PATIENCE);
        assertEquals("done", job.get("status").asText(), job.toString());
        return job;
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
        // the year is generated inside the job: the answer comes before it, queued, its size not yet known
        assertEquals("queued", submitted.json().get("status").asText(), submitted.body());
        assertEquals(0, submitted.json().get("progress").get("bytesTotal").asLong(), submitted.body());
        JsonNode job = Jobs.awaitJob(submitted.json().get("id").asText(), PATIENCE);
        assertEquals("done", job.get("status").asText(), job.toString());
        assertEquals(2000, job.get("summary").get("rows").asLong());

        ApiServer.Reply tooMany = conforms("POST", "/api/v1/reprice-jobs/generated", ApiServer.post(
                "/api/v1/reprice-jobs/generated?baseline=isf-2024&candidate=isf-2025-plan&contacts=999999999", ""));
        assertEquals(400, tooMany.status());
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
        Path sample = Path.of("pathways/activity/sample-activity.csv");
        Path jobs = temp.resolve("jobs");
        FileRepriceJobStore store = new FileRepriceJobStore(jobs);
        String running;
        try (InputStream upload = Files.newInputStream(sample)) {
            running = store.store(upload, 1 << 20);
        }
        store.save(new RepriceJob(running, RepriceJob.Status.RUNNING, List.of("isf-2024", "isf-2025-plan"), Instant.now(),
                null, new RepriceJob.Progress(308, 1000, 3), null, null, List.of()));
        // a crash during an upload leaves a folder with part of a file and no state
        Path halfUploaded = jobs.resolve("00000000-0000-0000-0000-000000000001");
        Files.createDirectories(halfUploaded);
        Files.writeString(halfUploaded.resolve("activity.csv"), "pathway_id,hospital_id\nP1,HF-");
        String done;
        try (var first = ApiServer.jobs(jobs); InputStream upload = Files.newInputStream(sample)) {
            done = first.submit(List.of(new RepriceActivity.Scenario("isf-2024", FinancingModel.PER_CONTACT)), false,
                    upload).id();
            RepriceJob finished = Jobs.awaitJob(first, done, PATIENCE);
            assertEquals(RepriceJob.Status.DONE, finished.status(), finished.toString());
        }

        try (var restarted = ApiServer.jobs(jobs); WebServer server = new WebServer(TestPathfin.get(), restarted).start(0)) {
            assertEquals(RepriceJob.Status.INTERRUPTED, restarted.find(running).orElseThrow().status());
            assertTrue(restarted.find(running).orElseThrow().message().contains("submit the file again"));
            // it says how far it came, and its upload is gone; the half-upload too
            assertEquals(308, restarted.find(running).orElseThrow().progress().bytesRead());
            assertTrue(!store.hasActivity(running));
            assertTrue(!Files.exists(halfUploaded), "a half-uploaded folder is removed at start");
            RepriceJob finished = restarted.find(done).orElseThrow();
            assertEquals(RepriceJob.Status.DONE, finished.status());
            assertEquals(60, finished.summary().rows()); // the sample's 61 lines less its header
            assertEquals(0, finished.summary().badRows());
            // what the restart kept is what repricing the same file directly through the use case gives
            Money direct = no.pathfin.batch.Reprices.of(sample, "isf-2024").total().amounts().get(0);
            assertEquals(direct, finished.summary().totals().get(0));
            // and the result file read back from the restarted store holds that total, as the sum of its settings
            try (InputStream bySetting = restarted.result(done, "by-setting.csv").orElseThrow()) {
                assertEquals(direct, column(bySetting, "isf-2024_kr").stream().map(Money::of).reduce(Money.ZERO, Money::plus));
            }
        }
    }

    /** One column of a result CSV, by its header, without the header. */
    private static List<String> column(InputStream csv, String name) throws java.io.IOException {
        List<String> lines = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        int index = List.of(lines.get(0).split(",")).indexOf(name);
        assertTrue(index >= 0, "no column " + name + " in " + lines.get(0));
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",")[index]).toList();
    }

    private static void refused(ApiServer.Reply reply, int status, String field) {
        conforms("POST", "/api/v1/reprice-jobs", reply);
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.fields().contains(field), "expected field " + field + " in " + reply.body());
    }
}
