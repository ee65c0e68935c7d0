package no.pathfin.application.projection;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.batch.JobLimits;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.domain.projection.ProjectionJob;

/**
 * Projection as a job: the scenarios are checked when submitted, the projection runs in the background one job at a
 * time, and its results stay in the store. The base year is a finished repricing job's activity, or the scenario's
 * own activity file. On start, jobs a previous server left queued or running are marked interrupted. Jobs that
 * ended are kept for the retention of the jobs folder's {@link JobLimits}, as repricing jobs are, then deleted (at
 * start and at every submission), and can be deleted before.
 */
public final class ProjectionJobs implements AutoCloseable {

    private final ProjectFinancing projectFinancing;
    private final ProjectionJobStore store;
    private final ScenarioCatalog scenarios;
    private final RepriceJobs repricingJobs;
    private final int threads;
    private final JobLimits limits;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-jobs");
        thread.setDaemon(true);
        return thread;
    });

    /** With the repricing jobs' limits: both kinds of job share one jobs folder. */
    public ProjectionJobs(ProjectFinancing projectFinancing, ProjectionJobStore store, ScenarioCatalog scenarios,
                          RepriceJobs repricingJobs, int threads) {
        this(projectFinancing, store, scenarios, repricingJobs, threads, repricingJobs.limits());
    }

    /**
     * Opens the store: jobs a previous server left queued or running are marked interrupted, and jobs that ended
     * longer ago than the retention are deleted.
     */
    public ProjectionJobs(ProjectFinancing projectFinancing, ProjectionJobStore store, ScenarioCatalog scenarios,
                          RepriceJobs repricingJobs, int threads, JobLimits limits) {
        this.projectFinancing = projectFinancing;
        this.store = store;
        this.scenarios = scenarios;
        this.repricingJobs = repricingJobs;
        this.threads = threads;
        this.limits = limits;
        for (ProjectionJob job : store.all()) {
            if (!job.ended()) {
                store.save(job.with(ProjectionJob.Status.INTERRUPTED, Instant.now(),
                        "the server stopped before this job finished; submit it again", null, null, null));
            }
        }
        retire();
    }

    /**
     * Checks the scenarios and the base year, and queues the job.
     *
     * @param compare      a second scenario, or null
     * @param repricingJob the repricing job whose activity is the base year, or null: the scenario's own
     */
    public ProjectionJob submit(String scenario, String compare, String repricingJob) {
        ScenarioCatalog.Named first = scenarios.named(scenario, "scenario");
        ScenarioCatalog.Named second = compare == null ? null : scenarios.named(compare, "compare");
        retire();
        ActivitySource base = repricingJob != null ? repricingJobs.activity(repricingJob, "repricingJob")
                : first.activity();
        if (base == null) {
            throw new InvalidRequestException("repricingJob", "scenario " + scenario + " names no activity file;"
                    + " name a finished repricing job whose activity is the base year");
        }
        ProjectionJob job = new ProjectionJob(store.create(), ProjectionJob.Status.QUEUED, scenario, compare,
                repricingJob, Instant.now(), null, null, null, null, null);
        store.save(job);
        runner.submit(() -> run(job, first, second, base));
        return job;
    }

    private void run(ProjectionJob job, ScenarioCatalog.Named first, ScenarioCatalog.Named second,
                     ActivitySource base) {
        store.save(job.with(ProjectionJob.Status.RUNNING, null, null, null, null, null));
        try {
            if (second == null) {
                Projection projection = projectFinancing.project(base, first.scenario(), threads, (a, b, c) -> { });
                List<String> files = store.write(job.id(), projection);
                store.save(job.with(ProjectionJob.Status.DONE, Instant.now(), null, projection.byYear(), null, files));
            } else {
                ProjectionComparison comparison = projectFinancing.compare(base, first.scenario(), second.scenario(),
                        threads, (a, b, c) -> { });
                List<String> files = store.write(job.id(), comparison);
                store.save(job.with(ProjectionJob.Status.DONE, Instant.now(), null, comparison.baseline().byYear(),
                        comparison.candidate().byYear(), files));
            }
        } catch (RuntimeException e) {
            store.save(job.with(ProjectionJob.Status.FAILED, Instant.now(), store.plain(String.valueOf(e.getMessage())), null, null,
                    null));
        }
    }

    /**
     * Deletes a job that has ended (done, failed or interrupted), with its files.
     *
     * @return false when there is no such job
     * @throws InvalidRequestException the job is queued or running
     */
    public boolean delete(String id) {
        Optional<ProjectionJob> job = store.find(id);
        if (job.isEmpty()) {
            return false;
        }
        if (!job.get().ended()) {
            throw new InvalidRequestException("id", "projection job " + id + " is "
                    + job.get().status().name().toLowerCase(Locale.ROOT) + "; it can be deleted once it ends");
        }
        store.delete(id);
        return true;
    }

    /** Deletes the jobs that ended longer ago than the retention. */
    private void retire() {
        for (ProjectionJob job : store.all()) {
            if (job.ended() && limits.outlived(job.finished())) {
                store.delete(job.id());
            }
        }
    }

    /** The scenarios a job can name, each with what it holds or why it cannot be read. */
    public List<ScenarioCatalog.Listed> scenarios() {
        return scenarios.all();
    }

    /** Every job, oldest first. */
    public List<ProjectionJob> all() {
        return store.all();
    }

    public Optional<ProjectionJob> find(String id) {
        return store.find(id);
    }

    public Optional<InputStream> result(String id, String file) {
        return store.result(id, file);
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
