package no.pathfin.domain.projection;

import java.time.Instant;
import java.util.List;

/**
 * A projection submitted over HTTP: the scenarios named, the base year's activity (a repricing job's, or the
 * scenario's own), its state, and once done each year's national totals and the result files. Kept on disk, so a
 * restart loses no finished result; a job a restart cut short says so.
 *
 * @param compare      the scenario compared with the first, or null
 * @param repricingJob the repricing job whose activity is the base year, or null: the scenario's own activity file
 * @param years        each year's totals of the (first) scenario, once done
 * @param candidate    each year's totals of the compared scenario, once done (empty without one)
 */
public record ProjectionJob(String id, Status status, String scenario, String compare, String repricingJob,
                            Instant created, Instant finished, String message, List<Projection.Total> years,
                            List<Projection.Total> candidate, List<String> resultFiles) {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED, INTERRUPTED
    }

    public ProjectionJob {
        years = years == null ? List.of() : List.copyOf(years);
        candidate = candidate == null ? List.of() : List.copyOf(candidate);
        resultFiles = resultFiles == null ? List.of() : List.copyOf(resultFiles);
    }

    /** Whether the job has ended: done, failed or interrupted, no longer queued or running. */
    public boolean ended() {
        return status != Status.QUEUED && status != Status.RUNNING;
    }

    public ProjectionJob with(Status newStatus, Instant when, String newMessage, List<Projection.Total> newYears,
                              List<Projection.Total> newCandidate, List<String> files) {
        return new ProjectionJob(id, newStatus, scenario, compare, repricingJob, created, when, newMessage, newYears,
                newCandidate, files);
    }
}
