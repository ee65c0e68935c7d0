package no.pathfin.application.batch;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.batch.RepriceJob;

/**
 * Repricing as a job: an uploaded activity file is stored, checked, queued and repriced one job at a time in the
 * background; progress can be asked for while it runs, and results stay in the store. On start, jobs a previous
 * server left queued or running are marked interrupted, honestly, rather than silently resumed or dropped.
 */
public final class RepriceJobs implements AutoCloseable {

    /** Largest activity file accepted over HTTP. */
    public static final long MAX_UPLOAD_BYTES = 4L * 1024 * 1024 * 1024;

    private final RepriceActivity repriceActivity;
    private final RepriceJobStore store;
    private final int threads;
    private final JobLimits limits;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reprice-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, RepriceJob.Progress> progress = new ConcurrentHashMap<>();

    public RepriceJobs(RepriceActivity repriceActivity, RepriceJobStore store, int threads) {
        this(repriceActivity, store, threads, JobLimits.DEFAULT);
    }

    /**
     * Opens the store: what a crash left half-written is removed, jobs a previous server left queued or running are
     * marked interrupted (keeping how far they came), and finished jobs past their retention are deleted.
     */
    public RepriceJobs(RepriceActivity repriceActivity, RepriceJobStore store, int threads, JobLimits limits) {
        this.repriceActivity = repriceActivity;
        this.store = store;
        this.threads = threads;
        this.limits = limits;
        store.sweep();
        for (RepriceJob job : store.all()) {
            if (job.status() == RepriceJob.Status.QUEUED || job.status() == RepriceJob.Status.RUNNING) {
                store.save(job.with(RepriceJob.Status.INTERRUPTED, Instant.now(), job.progress(),
                        "the server stopped before this job finished; submit the file again", null, List.of()));
                store.dropActivity(job.id());
            }
        }
        retire();
    }

    /** A job that would take the jobs folder past its quota. */
    public static final class JobsFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JobsFull(String message) {
            super(message);
        }
    }

    /**
     * Stores the upload, checks the scenarios and the file's header, and queues the job.
     *
     * @throws InvalidRequestException a scenario names an unknown rule set
     * @throws DataFileException       the file is not an activity file (its header is wrong)
     */
    public RepriceJob submit(List<RepriceActivity.Scenario> scenarios, boolean strict, InputStream upload) {
        return submit(scenarios, strict, false, false, upload);
    }

    /** Largest synthetic year generated on request. */
    public static final long MAX_GENERATED_CONTACTS = 20_000_000;

    /**
     * Queues a synthetic year (ILLUSTRATIVE mix): it is generated inside the job, not while the request waits.
     *
     * @param keepActivity keep the generated file once the job ends (to assess or project over it later)
     */
    public RepriceJob submitGenerated(List<RepriceActivity.Scenario> scenarios, long contacts, long seed,
                                      boolean keepActivity) {
        if (contacts < 1 || contacts > MAX_GENERATED_CONTACTS) {
            throw new InvalidRequestException("contacts", "between 1 and " + MAX_GENERATED_CONTACTS);
        }
        repriceActivity.check(scenarios);
        retire();
        long needed = contacts * JobLimits.GENERATED_BYTES_PER_CONTACT;
        long free = limits.quotaBytes() - store.usedBytes();
        if (needed > free) {
            throw new JobsFull("a year of " + contacts + " contacts needs about " + JobLimits.gib(needed)
                    + "; the jobs folder holds " + JobLimits.gib(store.usedBytes()) + " of its "
                    + JobLimits.gib(limits.quotaBytes()) + " quota: delete finished jobs, or ask for fewer contacts");
        }
        String id = store.reserve();
        RepriceJob job = new RepriceJob(id, RepriceJob.Status.QUEUED, labels(scenarios), Instant.now(), null,
                new RepriceJob.Progress(0, 0, 0), null, null, List.of());
        store.save(job);
        runner.submit(() -> {
            try {
                store.generate(id, contacts, seed, 2024);
            } catch (RuntimeException e) {
                store.save(job.with(RepriceJob.Status.FAILED, Instant.now(), job.progress(),
                        "the year could not be generated: " + store.plain(String.valueOf(e.getMessage())), null,
                        List.of()));
                store.dropActivity(id);
                return;
            }
            run(job, scenarios, false, false, keepActivity);
        });
        return job;
    }

    /**
     * @param attribute    also split the candidate's difference by change (see {@link RepriceActivity.Options})
     * @param keepActivity keep the uploaded file once the job ends (to assess or project over it later)
     */
    public RepriceJob submit(List<RepriceActivity.Scenario> scenarios, boolean strict, boolean attribute,
                             boolean keepActivity, InputStream upload) {
        repriceActivity.check(scenarios);
        if (attribute && (scenarios.size() < 2 || scenarios.get(0).model() != no.pathfin.domain.pricing.FinancingModel.PER_CONTACT
                || scenarios.get(1).model() != no.pathfin.domain.pricing.FinancingModel.PER_CONTACT)) {
            throw new InvalidRequestException("attribute", "attribution compares baseline and candidate, both per contact");
        }
        retire();
        long used = store.usedBytes();
        long free = Math.max(0, limits.quotaBytes() - used);
        String id;
        try {
            id = store.store(upload, Math.min(MAX_UPLOAD_BYTES, free));
        } catch (RepriceJobStore.TooLarge e) {
            if (free < MAX_UPLOAD_BYTES) {
                throw new JobsFull("the jobs folder holds " + JobLimits.gib(used) + " of its "
                        + JobLimits.gib(limits.quotaBytes()) + " quota, and the file does not fit in what is left;"
                        + " delete finished jobs (DELETE /api/v1/reprice-jobs/{id})");
            }
            throw e;
        }
        return queue(scenarios, strict, attribute, keepActivity, id);
    }

    private static List<String> labels(List<RepriceActivity.Scenario> scenarios) {
        return scenarios.stream().map(RepriceActivity.Scenario::label).toList();
    }

    private RepriceJob queue(List<RepriceActivity.Scenario> scenarios, boolean strict, boolean attribute,
                             boolean keepActivity, String id) {
        long size;
        try {
            size = store.source(id).size();
        } catch (DataFileException e) {
            store.delete(id);
            throw e;
        }
        RepriceJob job = new RepriceJob(id, RepriceJob.Status.QUEUED, labels(scenarios), Instant.now(), null,
                new RepriceJob.Progress(0, size, 0), null, null, List.of());
        store.save(job);
        runner.submit(() -> run(job, scenarios, strict, attribute, keepActivity));
        return job;
    }

    /** Saves the progress now and then, so that a job a crash cuts short says how far it came. */
    private static final long PROGRESS_SAVE_MILLIS = 1_000;

    private void run(RepriceJob queued, List<RepriceActivity.Scenario> scenarios, boolean strict, boolean attribute,
                     boolean keepActivity) {
        RepriceJob job = queued;
        RepriceJob ended = null;
        boolean done = false;
        try {
            RepriceJob running = job.with(RepriceJob.Status.RUNNING, null,
                    new RepriceJob.Progress(0, store.source(job.id()).size(), 0), null, null, List.of());
            store.save(running);
            long[] saved = {System.nanoTime()};
            RepriceActivity.Result result = repriceActivity.reprice(store.source(job.id()), scenarios,
                    new RepriceActivity.Options(threads, strict, 20, attribute),
                    (read, total, rows) -> {
                        RepriceJob.Progress now = new RepriceJob.Progress(read, total, rows);
                        progress.put(running.id(), now);
                        if (System.nanoTime() - saved[0] > PROGRESS_SAVE_MILLIS * 1_000_000) {
                            saved[0] = System.nanoTime();
                            store.save(running.with(RepriceJob.Status.RUNNING, null, now, null, null, List.of()));
                        }
                    },
                    store.results(job.id()));
            ended = job.with(RepriceJob.Status.DONE, Instant.now(), progress.get(job.id()), null,
                    RepriceJob.Summary.of(result.repricing()), result.files());
            done = true;
        } catch (RuntimeException e) {
            ended = job.with(RepriceJob.Status.FAILED, Instant.now(), progress.get(job.id()),
                    store.plain(String.valueOf(e.getMessage())), null, List.of());
        } finally {
            // the upload goes before the job says it ended: whoever sees it ended never finds the upload still there
            if (!(done && keepActivity)) {
                store.dropActivity(job.id());
            }
            if (ended != null) {
                store.save(ended);
            }
            progress.remove(job.id());
        }
    }

    /**
     * Deletes a job that is not queued or running, with its files.
     *
     * @return false when there is no such job
     * @throws InvalidRequestException the job is queued or running
     */
    public boolean delete(String id) {
        Optional<RepriceJob> job = store.find(id);
        if (job.isEmpty()) {
            return false;
        }
        if (job.get().status() == RepriceJob.Status.QUEUED || job.get().status() == RepriceJob.Status.RUNNING) {
            throw new InvalidRequestException("id", "job " + id + " is "
                    + job.get().status().name().toLowerCase(java.util.Locale.ROOT) + "; it can be deleted once it ends");
        }
        store.delete(id);
        return true;
    }

    /** Deletes the jobs that ended longer ago than the retention. */
    private void retire() {
        for (RepriceJob job : store.all()) {
            if (limits.outlived(job.finished())
                    && job.status() != RepriceJob.Status.QUEUED && job.status() != RepriceJob.Status.RUNNING) {
                store.delete(job.id());
            }
        }
    }

    public JobLimits limits() {
        return limits;
    }

    /** The job as stored, with live progress while it runs. */
    public Optional<RepriceJob> find(String id) {
        return store.find(id).map(job -> {
            RepriceJob.Progress live = progress.get(id);
            return live == null || job.status() != RepriceJob.Status.RUNNING ? job
                    : job.with(job.status(), job.finished(), live, job.message(), job.summary(), job.resultFiles());
        });
    }

    public List<RepriceJob> all() {
        return store.all().stream().map(j -> find(j.id()).orElse(j)).toList();
    }

    /**
     * The activity a finished job repriced, to assess a change over it.
     *
     * @param field the request field that named the job, for the error
     */
    public ActivitySource activity(String id, String field) {
        RepriceJob job = find(id).orElseThrow(() -> new InvalidRequestException(field, "no repricing job '" + id + "'"));
        if (job.status() != RepriceJob.Status.DONE) {
            throw new InvalidRequestException(field, "repricing job '" + id + "' is "
                    + job.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; its activity can be assessed once the job is done");
        }
        if (!store.hasActivity(id)) {
            throw new InvalidRequestException(field, "repricing job '" + id + "' did not keep its activity file;"
                    + " submit the file again with keepActivity=true to assess or project over it");
        }
        return store.source(id);
    }

    public Optional<InputStream> result(String id, String file) {
        return store.result(id, file);
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
