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

    RepriceJobController(RepriceJobs jobs, Bodies bodies) {
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
        String also = ctx.queryParam("also");
        if (also != null && !also.isBlank()) {
            for (String scenario : also.split(",")) {
                scenarios.add(RepriceActivity.Scenario.parse(scenario.trim(), "also"));
            }
        }
        boolean strict = "true".equals(ctx.queryParam("strict"));
        boolean attribute = "true".equals(ctx.queryParam("attribute"));
        RepriceJob job;
        try (InputStream upload = ctx.req().getInputStream()) {
            job = jobs.submit(scenarios, strict, attribute, upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RepriceJobStore.TooLarge e) {
            throw ProblemException.tooLarge("body", e.getMessage());
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
        long contacts = number(ctx, "contacts", 100_000);
        long seed = number(ctx, "seed", 1);
        RepriceJob job;
        try {
            job = jobs.submitGenerated(scenarios, contacts, seed);
        } catch (no.pathfin.application.port.InvalidRequestException e) {
            String field = e.field().equals("scenarios[0]") ? "baseline" : e.field().equals("scenarios[1]") ? "candidate"
                    : e.field();
            throw ProblemException.unprocessable(field, e.getMessage().substring(e.field().length() + 2));
        }
        ctx.status(202).header("Location", "/api/v1/reprice-jobs/" + job.id());
        bodies.write(ctx, JobBodies.job(job));
    }

    private static long number(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("the query parameter " + name + " is not a whole number",
                    List.of(new ProblemException.FieldError(name, "'" + value + "' is not a whole number")));
        }
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
                job.status() == RepriceJob.Status.DONE, file, job.resultFiles(), () -> jobs.result(job.id(), file));
    }

    private RepriceJob job(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("no repricing job '" + id + "'", "id"));
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("the query parameter " + name + " is required", List.of(
                    new ProblemException.FieldError(name, "required: a rule set id, or id:bundle")));
        }
        return value;
    }
}
