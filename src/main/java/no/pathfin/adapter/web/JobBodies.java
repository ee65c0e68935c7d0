package no.pathfin.adapter.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.pathfin.domain.batch.RepriceJob;

/** Response bodies of repricing jobs. */
final class JobBodies {

    private JobBodies() {
    }

    record ProgressBody(long bytesRead, long bytesTotal, long rows, BigDecimal percent) {
    }

    record BadRowBody(long line, String reason) {
    }

    record TotalBody(String scenario, BigDecimal kr, BigDecimal differenceKr) {
    }

    record SummaryBody(long rows, long badRows, List<BadRowBody> firstBadRows, long contacts, List<TotalBody> totals,
                       long elapsedMillis) {
    }

    record ResultBody(String file, String href) {
    }

    record JobBody(String id, String status, List<String> scenarios, Instant created, Instant finished,
                   ProgressBody progress, String message, SummaryBody summary, List<ResultBody> results) {
    }

    static JobBody job(RepriceJob job) {
        RepriceJob.Progress p = job.progress();
        ProgressBody progress = p == null ? null : new ProgressBody(p.bytesRead(), p.bytesTotal(), p.rows(),
                p.bytesTotal() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(p.bytesRead() * 1000 / p.bytesTotal(), 1));
        SummaryBody summary = null;
        if (job.summary() != null) {
            RepriceJob.Summary s = job.summary();
            List<TotalBody> totals = new ArrayList<>();
            for (int i = 0; i < job.scenarios().size(); i++) {
                totals.add(new TotalBody(job.scenarios().get(i), s.totals().get(i).kroner(),
                        s.differences().get(i).kroner()));
            }
            summary = new SummaryBody(s.rows(), s.badRows(), s.firstBadRows().stream()
                    .map(b -> new BadRowBody(b.line(), b.reason())).toList(), s.contacts(), totals, s.elapsedMillis());
        }
        List<ResultBody> results = job.resultFiles().stream().map(f -> new ResultBody(f,
                "/api/v1/reprice-jobs/" + job.id() + "/results/" + f)).toList();
        return new JobBody(job.id(), job.status().name().toLowerCase(Locale.ROOT), job.scenarios(), job.created(),
                job.finished(), progress, job.message(), summary, results);
    }

    /**
     * Sends one result file of a job: 409 while the job is queued or running, 404 when it failed or was interrupted
     * (it will have none), 404 naming the files it has when it has no such file; JSON or CSV by the name, a CSV
     * also as a workbook or in the Norwegian form when the query asks ({@link Downloads}).
     */
    static void sendResult(io.javalin.http.Context ctx, String id, String status, boolean done, String file,
                           List<String> files, java.util.function.Supplier<java.util.Optional<java.io.InputStream>> open,
                           Downloads downloads) {
        String format = Downloads.format(ctx);
        if (!done && (status.equals("failed") || status.equals("interrupted"))) {
            throw ProblemException.notFound("job " + id + " is " + status + ": it has no results, and will have none;"
                    + " submit it again", "id");
        }
        if (!done) {
            throw new ProblemException(409, "urn:pathfin:problem:not-ready", "Not ready", "job " + id + " is "
                    + status + "; results come when it is done",
                    List.of(new ProblemException.FieldError("id", "the job is not done")));
        }
        java.io.InputStream stream = open.get().orElseThrow(() -> ProblemException.notFound(
                "job " + id + " has no result '" + Shown.cut(file) + "'; it has " + files, "file"));
        try {
            downloads.check(format, file);
        } catch (RuntimeException e) {
            close(stream);
            throw e;
        }
        downloads.result(ctx, format, file, stream);
    }

    private static void close(java.io.InputStream stream) {
        try {
            stream.close();
        } catch (java.io.IOException ignored) {
            // only read so far: nothing is lost
        }
    }
}
