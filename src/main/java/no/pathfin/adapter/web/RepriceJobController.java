package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepriceJobStore;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.batch.RepriceJob;

/** Repricing jobs over HTTP: upload an activity file (streamed to disk), follow its progress, download results. */
final class RepriceJobController {

    private final RepriceJobs jobs;
    private final Bodies bodies;
    private final Downloads downloads;

    RepriceJobController(RepriceJobs jobs, Bodies bodies, Downloads downloads) {
        this.downloads = downloads;
        this.jobs = jobs;
        this.bodies = bodies;
    }

    void submit(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
            throw new ProblemException(415, "urn:pathfin:problem:unsupported-media-type", "Unsupported media type",
                    "send the activity file as text/csv", List.of(new ProblemException.FieldError("Content-Type",
                    "expected text/csv, got " + contentType)));
        }
        List<RepriceActivity.Scenario> scenarios = new ArrayList<>();
        scenarios.add(RepriceActivity.Scenario.parse(required(ctx, "baseline"), "baseline"));
        scenarios.add(RepriceActivity.Scenario.parse(required(ctx, "candidate"), "candidate"));
        String also = Query.text(ctx, "also");
        if (also != null && !also.isBlank()) {
            for (String scenario : also.split(",")) {
                scenarios.add(RepriceActivity.Scenario.parse(scenario.trim(), "also"));
            }
        }
        boolean strict = Query.flag(ctx, "strict");
        boolean attribute = Query.flag(ctx, "attribute");
        boolean keep = Query.flag(ctx, "keepActivity");
        RepriceJob job;
        try (InputStream upload = ctx.req().getInputStream()) {
            job = jobs.submit(scenarios, strict, attribute, keep, upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RepriceJobStore.TooLarge e) {
            throw ProblemException.tooLarge("body", e.getMessage());
        } catch (RepriceJobs.JobsFull e) {
            throw full(e);
        } catch (no.pathfin.application.port.InvalidRequestException e) {
            String field = e.field().equals("scenarios[0]") ? "baseline" : e.field().equals("scenarios[1]") ? "candidate"
                    : e.field().startsWith("scenarios") ? "also" : e.field();
            throw ProblemException.unprocessable(field, e.getMessage().substring(e.field().length() + 2));
        } catch (DataFileException e) {
            throw ProblemException.unprocessable("body", "line " + e.line() + ", column " + e.column() + ": "
                    + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
        ctx.status(202).header("Location", "/api/v1/reprice-jobs/" + job.id());
        bodies.write(ctx, JobBodies.job(job));
    }

    /** A synthetic year generated on the server, repriced like an upload. */
    void generate(Context ctx) {
        List<RepriceActivity.Scenario> scenarios = new ArrayList<>();
        scenarios.add(RepriceActivity.Scenario.parse(required(ctx, "baseline"), "baseline"));
        scenarios.add(RepriceActivity.Scenario.parse(required(ctx, "candidate"), "candidate"));
        long contacts = Query.whole(ctx, "contacts", 100_000, 1, RepriceJobs.MAX_GENERATED_CONTACTS);
        long seed = Query.whole(ctx, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean keep = Query.flag(ctx, "keepActivity");
        RepriceJob job;
        try {
            job = jobs.submitGenerated(scenarios, contacts, seed, keep);
        } catch (RepriceJobs.JobsFull e) {
            throw full(e);
        } catch (no.pathfin.application.port.InvalidRequestException e) {
            String field = e.field().equals("scenarios[0]") ? "baseline" : e.field().equals("scenarios[1]") ? "candidate"
                    : e.field();
            throw ProblemException.unprocessable(field, e.getMessage().substring(e.field().length() + 2));
        }
        ctx.status(202).header("Location", "/api/v1/reprice-jobs/" + job.id());
        bodies.write(ctx, JobBodies.job(job));
    }

    private static ProblemException full(RepriceJobs.JobsFull e) {
        return new ProblemException(507, "urn:pathfin:problem:jobs-full", "The jobs folder is full", e.getMessage(),
                List.of(new ProblemException.FieldError("body", e.getMessage())));
    }

    /** Deletes a job that has ended, with its files: 204; 409 while it is queued or running. */
    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            if (!jobs.delete(id)) {
                throw ProblemException.notFound("no repricing job '" + Shown.cut(id) + "'", "id");
            }
        } catch (no.pathfin.application.port.InvalidRequestException e) {
            throw new ProblemException(409, "urn:pathfin:problem:job-running", "The job has not ended",
                    e.getMessage().substring(e.field().length() + 2), List.of(new ProblemException.FieldError("id",
                    "the job has not ended")));
        }
        ctx.status(204);
    }

    void list(Context ctx) {
        bodies.write(ctx, jobs.all().stream().map(JobBodies::job).toList());
    }

    void get(Context ctx) {
        bodies.write(ctx, JobBodies.job(job(ctx)));
    }

    void result(Context ctx) {
        RepriceJob job = job(ctx);
        String file = ctx.pathParam("file");
        JobBodies.sendResult(ctx, job.id(), job.status().name().toLowerCase(java.util.Locale.ROOT),
                job.status() == RepriceJob.Status.DONE, file, job.resultFiles(), () -> jobs.result(job.id(), file),
                downloads);
    }

    private RepriceJob job(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("no repricing job '" + Shown.cut(id) + "'", "id"));
    }

    private static String required(Context ctx, String name) {
        String value = Query.text(ctx, name);
        if (value == null) {
            throw ProblemException.badRequest("the query parameter " + name + " is required", List.of(
                    new ProblemException.FieldError(name, "required: a rule set id, or id:bundle")));
        }
        return value;
    }
}
