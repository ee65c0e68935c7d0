package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * The first stage of repricing: the file read in chunks, one thread each, every contact counted by hospital and
 * profile and every pathway with a bundle trigger by its rows; bad rows counted and the first ones kept by their
 * line number in the whole file. A chunk holding a pathway that stood in an earlier chunk too is read again, so
 * that its rows are bad rows as they would be in one chunk: the result does not depend on the number of chunks.
 */
final class ReadAndCount {

    /** What was read: counts, distinct episodes, the dictionaries' values, and the bad rows. */
    record Counted(Counts counts, Map<EpisodeRows, ActivityWorker.Tally> episodes, List<String> hospitals,
                   List<ContactProfile> profiles, long rows, long badRows, List<Repricing.BadRow> firstBadRows) {
    }

    private ReadAndCount() {
    }

    static Counted read(ActivitySource source, ActivityVocabulary vocabulary, RepriceActivity.Options options,
                        RepriceActivity.Progress progress) {
        List<ActivitySource.Chunk> chunks = source.chunks(options.strict() ? 1 : Math.max(1, options.threads()));
        List<ActivityWorker> workers = new ArrayList<>();
        chunks.forEach(c -> workers.add(new ActivityWorker(options)));
        run(chunks, workers, vocabulary, source.size(), progress);
        rereadApart(chunks, workers, vocabulary, options);
        progress.update(source.size(), source.size(), workers.stream().mapToLong(w -> w.rows).sum());

        Counts counts = new Counts();
        Map<EpisodeRows, ActivityWorker.Tally> episodes = new LinkedHashMap<>();
        long rows = 0;
        long bad = 0;
        long linesBefore = 0;
        List<Repricing.BadRow> badRows = new ArrayList<>();
        for (ActivityWorker worker : workers) {
            counts.addAll(worker.counts);
            worker.episodes.forEach((key, tally) -> episodes.merge(key, tally, (a, b) -> {
                a.count += b.count;
                return a;
            }));
            rows += worker.rows;
            bad += worker.bad;
            for (Repricing.BadRow row : worker.badRows) {
                badRows.add(new Repricing.BadRow(linesBefore + row.line(), row.reason()));
            }
            linesBefore += worker.lines;
        }
        return new Counted(counts, episodes, vocabulary.hospitals.values(), vocabulary.profiles.values(), rows, bad,
                badRows.subList(0, Math.min(options.badRowsShown(), badRows.size())));
    }

    /** Reads again every chunk holding a pathway that stood in a chunk before it (none, in a well-formed file). */
    private static void rereadApart(List<ActivitySource.Chunk> chunks, List<ActivityWorker> workers,
                                    ActivityVocabulary vocabulary, RepriceActivity.Options options) {
        for (int i = 1; i < chunks.size(); i++) {
            List<ActivitySource.Chunk> earlier = chunks.subList(0, i);
            if (chunks.get(i).sharesPathwayWith(earlier)) {
                ActivityWorker worker = new ActivityWorker(options);
                worker.reread(chunks.get(i), vocabulary, earlier);
                workers.set(i, worker);
            }
        }
    }

    private static void run(List<ActivitySource.Chunk> chunks, List<ActivityWorker> workers,
                            ActivityVocabulary vocabulary, long size, RepriceActivity.Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(chunks.size());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> progress.update(workers.stream().mapToLong(w -> w.bytes.get()).sum(), size,
                workers.stream().mapToLong(w -> w.rowsSoFar.get()).sum()), 200, 200, TimeUnit.MILLISECONDS);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                ActivitySource.Chunk chunk = chunks.get(i);
                ActivityWorker worker = workers.get(i);
                done.add(pool.submit(() -> worker.read(chunk, vocabulary)));
            }
            for (Future<Long> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            ticker.shutdownNow();
        }
    }
}
