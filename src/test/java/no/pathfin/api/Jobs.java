package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.domain.batch.RepriceJob;

/**
 * Waiting for a repricing job in a test: poll often, give up after a stated time, and then fail saying where the job
 * was (status, message, progress) rather than carry on with a job that never finished.
 */
final class Jobs {

    private static final long POLL_MILLIS = 20;

    private Jobs() {
    }

    /** The job over HTTP once it is neither queued nor running. */
    static JsonNode awaitJob(String id, Duration timeout) {
        return await(id, timeout, () -> {
            ApiServer.Reply reply = conforms("GET", "/api/v1/reprice-jobs/{id}", ApiServer.get("/api/v1/reprice-jobs/" + id));
            assertEquals(200, reply.status(), reply.body());
            JsonNode job = reply.json();
            String status = job.get("status").asText();
            return new Seen<>(job, status, "status " + status + ", message " + job.get("message") + ", progress "
                    + job.get("progress"));
        });
    }

    /** The job through the use case (no server) once it is neither queued nor running. */
    static RepriceJob awaitJob(RepriceJobs jobs, String id, Duration timeout) {
        return await(id, timeout, () -> {
            RepriceJob job = jobs.find(id).orElseThrow(() -> new AssertionError("no job " + id));
            String status = job.status().name().toLowerCase(Locale.ROOT);
            return new Seen<>(job, status, "status " + status + ", message " + job.message() + ", progress "
                    + job.progress());
        });
    }

    /** A job as one poll saw it: the job, its status, and its state as a failure message tells it. */
    private record Seen<J>(J job, String status, String state) {
    }

    private static <J> J await(String id, Duration timeout, Supplier<Seen<J>> poll) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Seen<J> seen = poll.get();
            if (!seen.status().equals("queued") && !seen.status().equals("running")) {
                return seen.job();
            }
            if (System.nanoTime() - deadline > 0) {
                return fail("job " + id + " did not finish within " + timeout.toMillis() + " ms; last seen: " + seen.state());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while waiting for job " + id + "; last seen: " + seen.state());
            }
        }
    }
}
