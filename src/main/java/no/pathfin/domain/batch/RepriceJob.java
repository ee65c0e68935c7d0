package no.pathfin.domain.batch;

import java.time.Instant;
import java.util.List;
import no.pathfin.domain.Money;

/**
 * A repricing run submitted over HTTP: what it prices, how far it has come, and what it found. Kept on disk, so a
 * server restart loses no finished result; a job the restart cut short says so ({@link Status#INTERRUPTED}).
 */
public record RepriceJob(String id, Status status, List<String> scenarios, Instant created, Instant finished,
                         Progress progress, String message, Summary summary, List<String> resultFiles) {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED, INTERRUPTED
    }

    public record Progress(long bytesRead, long bytesTotal, long rows) {
    }

    /** Totals per scenario (in the order of {@code scenarios}), rows, and the first bad rows by line number. */
    public record Summary(long rows, long badRows, List<Repricing.BadRow> firstBadRows, long contacts,
                          List<Money> totals, List<Money> differences, long elapsedMillis) {
        public Summary {
            firstBadRows = List.copyOf(firstBadRows);
            totals = List.copyOf(totals);
            differences = List.copyOf(differences);
        }

        public static Summary of(Repricing r) {
            Repricing.Line total = r.total();
            List<Money> differences = new java.util.ArrayList<>();
            for (int i = 0; i < r.scenarios().size(); i++) {
                differences.add(total.difference(i));
            }
            return new Summary(r.rows(), r.badRows(), r.firstBadRows(), total.contacts(), total.amounts(), differences,
                    r.elapsedMillis());
        }
    }

    public RepriceJob {
        scenarios = List.copyOf(scenarios);
        resultFiles = resultFiles == null ? List.of() : List.copyOf(resultFiles);
    }

    public RepriceJob with(Status newStatus, Instant when, Progress newProgress, String newMessage, Summary newSummary,
                           List<String> files) {
        return new RepriceJob(id, newStatus, scenarios, created, when, newProgress, newMessage, newSummary, files);
    }
}
