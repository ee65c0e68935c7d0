package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.pathfin.App;
import no.pathfin.adapter.scenarios.FileProjectionJobStore;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.batch.JobLimits;
import no.pathfin.application.projection.ProjectionJobStore;
import no.pathfin.application.projection.ProjectionJobs;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.domain.projection.ProjectionJob;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projection jobs are kept like repricing jobs: the same retention, and deletion once they have ended. */
class ProjectionJobLimitsApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void a_projection_job_that_has_ended_is_deleted_with_its_files_and_then_is_not_found() {
        String id = ProjectionJobApiTest.finishedProjection("{\"scenario\": \"status-quo\"}").get("id").asText();
        Path folder = ApiServer.JOBS.resolve("projections").resolve(id);
        assertTrue(Files.isDirectory(folder));

        ApiServer.Reply deleted = ApiServer.send("DELETE", "/api/v1/projection-jobs/" + id, null, null);

        assertEquals(204, deleted.status(), deleted.body());
        assertFalse(Files.exists(folder), "its folder is gone");
        assertEquals(404, conforms("GET", "/api/v1/projection-jobs/{id}",
                ApiServer.get("/api/v1/projection-jobs/" + id)).status());
        ApiServer.Reply again = conforms("DELETE", "/api/v1/projection-jobs/{id}",
                ApiServer.send("DELETE", "/api/v1/projection-jobs/" + id, null, null));
        assertEquals(404, again.status());
        assertEquals(List.of("id"), again.fields());
    }

    @Test
    void a_projection_job_still_running_is_not_deleted_and_is_once_it_has_ended() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ProjectionJobStore store = new HeldStore(new FileProjectionJobStore(temp.resolve("projections")), release);
        try (var repricing = ApiServer.jobs(temp.resolve("repricing"));
             var projections = new ProjectionJobs(TestPathfin.get().projectFinancing(), store,
                     App.scenarios(Path.of("scenarios")), repricing, 1);
             WebServer server = new WebServer(TestPathfin.get(), repricing, projections, null).start(0)) {
            ApiServer.Reply submitted = send(server, "POST", "/api/v1/projection-jobs", "{\"scenario\": \"status-quo\"}");
            assertEquals(202, submitted.status(), submitted.body());
            String id = submitted.json().get("id").asText();

            // the job cannot write its results until released: it is queued or running now
            ApiServer.Reply refused = conforms("DELETE", "/api/v1/projection-jobs/{id}",
                    send(server, "DELETE", "/api/v1/projection-jobs/" + id, null));
            assertEquals(409, refused.status(), refused.body());
            assertEquals(List.of("id"), refused.fields());
            assertTrue(refused.body().contains("can be deleted once it ends"), refused.body());
            assertTrue(store.find(id).isPresent(), "the job is kept");

            release.countDown();
            awaitEnded(projections, id);
            assertEquals(204, send(server, "DELETE", "/api/v1/projection-jobs/" + id, null).status());
            assertTrue(store.find(id).isEmpty(), "deleted once it has ended");
        }
    }

    @Test
    void projection_jobs_that_ended_longer_ago_than_the_retention_are_deleted_at_start_and_running_ones_never() {
        FileProjectionJobStore store = new FileProjectionJobStore(temp.resolve("projections"));
        String old = saved(store, ProjectionJob.Status.DONE, Instant.now().minus(Duration.ofDays(8)));
        String recent = saved(store, ProjectionJob.Status.FAILED, Instant.now().minus(Duration.ofDays(6)));
        String running = saved(store, ProjectionJob.Status.RUNNING, null);

        try (var repricing = ApiServer.jobs(temp.resolve("repricing"));
             var jobs = new ProjectionJobs(TestPathfin.get().projectFinancing(), store,
                     App.scenarios(Path.of("scenarios")), repricing, 1, new JobLimits(1L << 30, Duration.ofDays(7)))) {
            assertTrue(jobs.find(old).isEmpty(), "ended 8 days ago, kept 7: deleted");
            assertFalse(Files.exists(temp.resolve("projections").resolve(old)), "with its folder");
            assertEquals(ProjectionJob.Status.FAILED, jobs.find(recent).orElseThrow().status());
            // the running one a previous server left is interrupted now, and kept
            assertEquals(ProjectionJob.Status.INTERRUPTED, jobs.find(running).orElseThrow().status());
        }
    }

    @Test
    void the_retention_is_applied_again_when_a_projection_job_is_submitted() {
        FileProjectionJobStore store = new FileProjectionJobStore(temp.resolve("projections"));
        try (var repricing = ApiServer.jobs(temp.resolve("repricing"));
             var jobs = new ProjectionJobs(TestPathfin.get().projectFinancing(), store,
                     App.scenarios(Path.of("scenarios")), repricing, 1, new JobLimits(1L << 30, Duration.ofDays(7)))) {
            String old = saved(store, ProjectionJob.Status.DONE, Instant.now().minus(Duration.ofDays(8)));
            assertTrue(jobs.find(old).isPresent(), "saved after the start, so not yet retired");

            String submitted = jobs.submit("status-quo", null, null).id();

            assertTrue(jobs.find(old).isEmpty(), "retired when the next job was submitted");
            awaitEnded(jobs, submitted);
        }
    }

    private static String saved(FileProjectionJobStore store, ProjectionJob.Status status, Instant finished) {
        ProjectionJob job = new ProjectionJob(store.create(), status, "status-quo", null, null,
                Instant.now().minus(Duration.ofDays(10)), finished, null, null, null, null);
        store.save(job);
        return job.id();
    }

    private static void awaitEnded(ProjectionJobs jobs, String id) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!jobs.find(id).orElseThrow().ended()) {
            assertTrue(System.nanoTime() < deadline, "projection job " + id + " did not end within " + PATIENCE);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static ApiServer.Reply send(WebServer server, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ApiServer.Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A store whose jobs cannot write their results until released, so that a job stays unfinished meanwhile. */
    private record HeldStore(ProjectionJobStore store, CountDownLatch release) implements ProjectionJobStore {

        private void hold() {
            try {
                assertTrue(release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        @Override
        public String plain(String message) {
            return store.plain(message);
        }

        @Override
        public String create() {
            return store.create();
        }

        @Override
        public void save(ProjectionJob job) {
            store.save(job);
        }

        @Override
        public Optional<ProjectionJob> find(String id) {
            return store.find(id);
        }

        @Override
        public List<ProjectionJob> all() {
            return store.all();
        }

        @Override
        public List<String> write(String id, Projection projection) {
            hold();
            return store.write(id, projection);
        }

        @Override
        public List<String> write(String id, ProjectionComparison comparison) {
            hold();
            return store.write(id, comparison);
        }

        @Override
        public Optional<InputStream> result(String id, String file) {
            return store.result(id, file);
        }

        @Override
        public void delete(String id) {
            store.delete(id);
        }
    }
}
