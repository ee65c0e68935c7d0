package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.pathfin.adapter.activity.ActivityGenerator;
import no.pathfin.adapter.activity.FileRepriceJobStore;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepriceJobStore;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.domain.batch.RepriceJob;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running repricing job saves how far it has come (every second), so that a crash leaves its progress on disk:
 * the reading is held part-way through the file, and the job's state is read back from disk while it is held.
 */
class RepriceJobProgressTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<RepriceActivity.Scenario> ISF_2024 =
            List.of(new RepriceActivity.Scenario("isf-2024", FinancingModel.PER_CONTACT));

    @TempDir
    Path temp;

    @Test
    void a_running_job_saves_its_progress_to_disk_before_it_ends() throws Exception {
        // about 2.5 MB: more than the 1 MiB the reader takes at a time, so it reports progress part-way
        Path year = temp.resolve("year.csv");
        ActivityGenerator.generate(year, 20_000, 1, 2024);
        assertTrue(Files.size(year) > 1 << 20, "larger than one read of the reader");
        Path folder = temp.resolve("jobs");
        CountDownLatch release = new CountDownLatch(1);
        RepriceJobStore held = holdingAfterFirstProgress(new FileRepriceJobStore(folder), release);

        try (RepriceJobs jobs = new RepriceJobs(TestPathfin.get().repriceActivity(), held, 1)) {
            String id;
            try (InputStream upload = Files.newInputStream(year)) {
                id = jobs.submit(ISF_2024, false, upload).id();
            }

            // what another server would find on disk now, with the reading held part-way
            RepriceJob saved = awaitSavedProgress(new FileRepriceJobStore(folder), id);
            long read = saved.progress().bytesRead();
            long total = saved.progress().bytesTotal();
            assertEquals(RepriceJob.Status.RUNNING, saved.status());
            assertEquals(Files.size(year), total);
            assertTrue(read > 0 && read < total, "percent between 0 and 100: " + read + " of " + total);

            release.countDown();
            RepriceJob done = awaitEnd(jobs, id);
            assertEquals(RepriceJob.Status.DONE, done.status(), String.valueOf(done.message()));
            assertEquals(total, done.progress().bytesRead());
        } finally {
            release.countDown();
        }
    }

    /** Polls the job's state on disk until it shows bytes read while running; fails after a stated time. */
    private static RepriceJob awaitSavedProgress(RepriceJobStore disk, String id) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        RepriceJob seen = null;
        while (System.nanoTime() < deadline) {
            seen = disk.find(id).orElseThrow();
            if (seen.status() == RepriceJob.Status.RUNNING && seen.progress().bytesRead() > 0) {
                return seen;
            }
            Thread.sleep(50);
        }
        return fail("no progress saved on disk within " + PATIENCE + "; last seen: " + seen);
    }

    private static RepriceJob awaitEnd(RepriceJobs jobs, String id) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        RepriceJob seen = jobs.find(id).orElseThrow();
        while (seen.status() == RepriceJob.Status.QUEUED || seen.status() == RepriceJob.Status.RUNNING) {
            assertTrue(System.nanoTime() < deadline, "not ended within " + PATIENCE + ": " + seen);
            Thread.sleep(20);
            seen = jobs.find(id).orElseThrow();
        }
        return seen;
    }

    /** The store, its activity read by chunks that stop at their first report of progress until released. */
    private static RepriceJobStore holdingAfterFirstProgress(RepriceJobStore store, CountDownLatch release) {
        return (RepriceJobStore) Proxy.newProxyInstance(RepriceJobStore.class.getClassLoader(),
                new Class<?>[] {RepriceJobStore.class}, (proxy, method, args) -> {
                    try {
                        Object answer = method.invoke(store, args);
                        return method.getName().equals("source") ? new HeldSource((ActivitySource) answer, release)
                                : answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private record HeldSource(ActivitySource source, CountDownLatch release) implements ActivitySource {
        @Override
        public List<Chunk> chunks(int parts) {
            return source.chunks(parts).stream().<Chunk>map(c -> new HeldChunk(c, release)).toList();
        }

        @Override
        public long size() {
            return source.size();
        }
    }

    private record HeldChunk(ActivitySource.Chunk chunk, CountDownLatch release) implements ActivitySource.Chunk {
        @Override
        public long read(ActivitySource.Dictionaries dictionaries, ActivitySource.RowHandler handler) {
            return chunk.read(dictionaries, new HeldHandler(handler, release));
        }

        @Override
        public boolean sharesPathwayWith(List<ActivitySource.Chunk> earlier) {
            return chunk.sharesPathwayWith(unwrapped(earlier));
        }

        @Override
        public long reread(ActivitySource.Dictionaries dictionaries, ActivitySource.RowHandler handler,
                           List<ActivitySource.Chunk> earlier) {
            return chunk.reread(dictionaries, handler, unwrapped(earlier));
        }

        private static List<ActivitySource.Chunk> unwrapped(List<ActivitySource.Chunk> chunks) {
            return chunks.stream().map(c -> ((HeldChunk) c).chunk()).toList();
        }
    }

    private record HeldHandler(ActivitySource.RowHandler handler, CountDownLatch release)
            implements ActivitySource.RowHandler {
        @Override
        public void contact(int hospital, int profile) {
            handler.contact(hospital, profile);
        }

        @Override
        public void episode(List<no.pathfin.domain.pathway.Contact> contacts, int[] hospitals, int[] profiles) {
            handler.episode(contacts, hospitals, profiles);
        }

        @Override
        public void bad(long line, String reason) {
            handler.bad(line, reason);
        }

        @Override
        public void progress(long bytes) {
            handler.progress(bytes);
            try {
                if (!release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
