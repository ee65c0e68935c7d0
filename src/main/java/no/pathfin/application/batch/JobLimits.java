package no.pathfin.application.batch;

import java.time.Duration;

/**
 * What a shared server's jobs may take: the disk of the jobs folder, and how long finished jobs are kept.
 *
 * @param quotaBytes the most the jobs folder may hold (uploads, generated files, results); a job that would pass it
 *                   is refused
 * @param retention  how long a finished, failed or interrupted job is kept after it ended, then deleted
 */
public record JobLimits(long quotaBytes, Duration retention) {

    /** 20 GiB, and 30 days. */
    public static final JobLimits DEFAULT = new JobLimits(20L * 1024 * 1024 * 1024, Duration.ofDays(30));

    /** Bytes a generated contact takes on disk, about (a generated row is 110–135 bytes). */
    public static final long GENERATED_BYTES_PER_CONTACT = 135;

    public JobLimits {
        if (quotaBytes < 1) {
            throw new IllegalArgumentException("the jobs quota must be at least one byte");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be a positive duration");
        }
    }

    /** Whether a job that ended at this instant is past its retention now (a job not ended never is). */
    public boolean outlived(java.time.Instant ended) {
        return ended != null && ended.isBefore(java.time.Instant.now().minus(retention));
    }

    /** The jobs folder's state, for a refusal: "12.3 GiB of 20.0 GiB". */
    public static String gib(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1L << 30), 1,
                java.math.RoundingMode.HALF_UP).toPlainString() + " GiB";
    }
}
