package no.pathfin.application.batch;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import no.pathfin.domain.batch.RepriceJob;

/** Where repricing jobs live: their uploaded activity file, their state, and their result files. */
public interface RepriceJobStore {

    /** Streams an upload to storage under a new job id, at most {@code maxBytes}; returns the id. */
    String store(InputStream upload, long maxBytes);

    /** Writes a synthetic year of activity under a new job id (deterministic for the seed); returns the id. */
    String generate(long contacts, long seed, int year);

    ActivitySource source(String id);

    void save(RepriceJob job);

    Optional<RepriceJob> find(String id);

    List<RepriceJob> all();

    /** Where the job's result files go. */
    RepricingResults results(String id);

    /** One result file, if the job has it. */
    Optional<InputStream> result(String id, String file);

    void delete(String id);

    /** The upload was larger than allowed. */
    final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooLarge(long maxBytes) {
            super("the activity file is larger than " + maxBytes + " bytes");
        }
    }
}
