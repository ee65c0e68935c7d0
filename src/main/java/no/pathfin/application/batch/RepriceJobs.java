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
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reprice-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, RepriceJob.Progress> progress = new ConcurrentHashMap<>();

    public RepriceJobs(RepriceActivity repriceActivity, RepriceJobStore store, int threads) {
        this.repriceActivity = repriceActivity;
        this.store = store;
        this.threads = threads;
        for (RepriceJob job : store.all()) {
            if (job.status() == RepriceJob.Status.QUEUED || job.status() == RepriceJob.Status.RUNNING) {
                store.save(job.with(RepriceJob.Status.INTERRUPTED, Instant.now(), job.progress(),
                        "the server stopped before this job finished; submit the file again", null, List.of()));
            }
        }
    }

    /**
     * Stores the upload, checks the scenarios and the file's header, and queues the job.
     *
     * @throws InvalidRequestException a scenario names an unknown rule set
     * @throws DataFileException       the file is not an activity file (its header is wrong)
     */
    public RepriceJob submit(List<RepriceActivity.Scenario> scenarios, boolean strict, InputStream upload) {
        return submit(scenarios, strict, false, upload);
    }

    /** Largest synthetic year generated on request. */
    public static final long MAX_GENERATED_CONTACTS = 20_000_000;

    /** Generates a synthetic year (ILLUSTRATIVE mix) and queues it like an upload. */
    public RepriceJob submitGenerated(List<RepriceActivity.Scenario> scenarios, long contacts, long seed) {
        if (contacts < 1 || contacts > MAX_GENERATED_CONTACTS) {
            throw new InvalidRequestException("contacts", "between 1 and " + MAX_GENERATED_CONTACTS);
        }
        repriceActivity.check(scenarios);
        return queue(scenarios, false, false, store.generate(contacts, seed, 2024));
    }

    /** @param attribute also split the candidate's difference by change (see {@link RepriceActivity.Options}) */
    public RepriceJob submit(List<RepriceActivity.Scenario> scenarios, boolean strict, boolean attribute,
                             InputStream upload) {
        repriceActivity.check(scenarios);
        if (attribute && (scenarios.size() < 2 || scenarios.get(0).model() != no.pathfin.domain.pricing.FinancingModel.PER_CONTACT
                || scenarios.get(1).model() != no.pathfin.domain.pricing.FinancingModel.PER_CONTACT)) {
            throw new InvalidRequestException("attribute", "attribution compares baseline and candidate, both per contact");
        }
        return queue(scenarios, strict, attribute, store.store(upload, MAX_UPLOAD_BYTES));
    }

    private RepriceJob queue(List<RepriceActivity.Scenario> scenarios, boolean strict, boolean attribute, String id) {
        long size;
        try {
            size = store.source(id).size();
        } catch (DataFileException e) {
            store.delete(id);
            throw e;
        }
        List<String> labels = scenarios.stream().map(RepriceActivity.Scenario::label).toList();
        RepriceJob job = new RepriceJob(id, RepriceJob.Status.QUEUED, labels, Instant.now(), null,
                new RepriceJob.Progress(0, size, 0), null, null, List.of());
        store.save(job);
        runner.submit(() -> run(job, scenarios, strict, attribute));
        return job;
    }

    private void run(RepriceJob job, List<RepriceActivity.Scenario> scenarios, boolean strict, boolean attribute) {
        store.save(job.with(RepriceJob.Status.RUNNING, null, job.progress(), null, null, List.of()));
        try {
            RepriceActivity.Result result = repriceActivity.reprice(store.source(job.id()), scenarios,
                    new RepriceActivity.Options(threads, strict, 20, attribute),
                    (read, total, rows) -> progress.put(job.id(), new RepriceJob.Progress(read, total, rows)),
                    store.results(job.id()));
            store.save(job.with(RepriceJob.Status.DONE, Instant.now(), progress.get(job.id()), null,
                    RepriceJob.Summary.of(result.repricing()), result.files()));
        } catch (RuntimeException e) {
            store.save(job.with(RepriceJob.Status.FAILED, Instant.now(), progress.get(job.id()),
                    String.valueOf(e.getMessage()), null, List.of()));
        } finally {
            progress.remove(job.id());
        }
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
