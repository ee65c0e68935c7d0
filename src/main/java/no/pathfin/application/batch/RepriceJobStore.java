package no.pathfin.application.batch;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import no.pathfin.domain.batch.RepriceJob;

/** Where repricing jobs live: their uploaded activity file, their state, and their result files. */
public interface RepriceJobStore {

    /** Streams an upload to storage under a new job id, at most {@code maxBytes}; returns the id. */
    String store(InputStream upload, long maxBytes);

    /** Writes a synthetic year of activity into a reserved job's folder (deterministic for the seed). */
    void generate(String id, long contacts, long seed, int year);

    ActivitySource source(String id);

    void save(RepriceJob job);

    Optional<RepriceJob> find(String id);

    List<RepriceJob> all();

    /** Where the job's result files go. */
    RepricingResults results(String id);

    /** One result file, if the job has it. */
    Optional<InputStream> result(String id, String file);

    void delete(String id);

    /** Creates an empty job folder under a new id, for a job whose activity is written later (generated). */
    String reserve();

    /** Whether the job still has its activity file (it is removed when the job ends, unless kept). */
    boolean hasActivity(String id);

    /** Removes the job's activity file, keeping its state and results. */
    void dropActivity(String id);

    /** The bytes the store holds, every job together. */
    long usedBytes();

    /** Removes what a crash left half-written: a job folder without a state. Returns how many were removed. */
    int sweep();

    /** A message about a job with the store's own file paths taken out (they are the server's business). */
    String plain(String message);

    /** The upload was larger than allowed. */
    final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooLarge(long maxBytes) {
            super("the activity file is larger than " + maxBytes + " bytes");
        }
    }
}
