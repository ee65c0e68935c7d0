package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.projection.ProjectionJobs;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionJob;

/** Projection jobs over HTTP: submit named scenarios over a base year, follow the job, download the results. */
final class ProjectionJobController {

    record ProjectionJobRequest(String scenario, String compare, String repricingJob) {
    }

    record YearBody(int year, BigDecimal contacts, BigDecimal isf, BigDecimal blockGrant, BigDecimal qualityPot,
                    BigDecimal income, BigDecimal cost, BigDecimal margin, BigDecimal fte) {
    }

    record ProjectionJobBody(String id, String status, String scenario, String compare, String repricingJob,
                             Instant created, Instant finished, String message, List<YearBody> years,
                             List<YearBody> candidate, List<JobBodies.ResultBody> results) {
    }

    private final ProjectionJobs jobs;
    private final Bodies bodies;
    private final Downloads downloads;

    ProjectionJobController(ProjectionJobs jobs, Bodies bodies, Downloads downloads) {
        this.downloads = downloads;
        this.jobs = jobs;
        this.bodies = bodies;
    }

    void submit(Context ctx) {
        ProjectionJobRequest request = bodies.read(ctx, "ProjectionJobRequest", ProjectionJobRequest.class);
        ProjectionJob job;
        try {
            job = jobs.submit(request.scenario(), request.compare(), request.repricingJob());
        } catch (InvalidRequestException e) {
            throw Limits.refused(e, "");
        }
        ctx.status(202).header("Location", "/api/v1/projection-jobs/" + job.id());
        bodies.write(ctx, body(job));
    }

    void list(Context ctx) {
        bodies.write(ctx, jobs.all().stream().map(ProjectionJobController::body).toList());
    }

    void get(Context ctx) {
        bodies.write(ctx, body(job(ctx)));
    }

    /** Deletes a job that has ended, with its files: 204; 409 while it is queued or running. */
    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            if (!jobs.delete(id)) {
                throw ProblemException.notFound("no projection job '" + Shown.cut(id) + "'", "id");
            }
        } catch (InvalidRequestException e) {
            throw new ProblemException(409, "urn:pathfin:problem:job-running", "The job has not ended",
                    e.getMessage().substring(e.field().length() + 2), List.of(new ProblemException.FieldError("id",
                    "the job has not ended")));
        }
        ctx.status(204);
    }

    void result(Context ctx) {
        ProjectionJob job = job(ctx);
        String file = ctx.pathParam("file");
        JobBodies.sendResult(ctx, job.id(), job.status().name().toLowerCase(Locale.ROOT),
                job.status() == ProjectionJob.Status.DONE, file, job.resultFiles(), () -> jobs.result(job.id(), file),
                downloads);
    }

    private ProjectionJob job(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("no projection job '" + Shown.cut(id) + "'", "id"));
    }

    private static ProjectionJobBody body(ProjectionJob job) {
        return new ProjectionJobBody(job.id(), job.status().name().toLowerCase(Locale.ROOT), job.scenario(),
                job.compare(), job.repricingJob(), job.created(), job.finished(), job.message(), years(job.years()),
                years(job.candidate()), job.resultFiles().stream().map(f -> new JobBodies.ResultBody(f,
                "/api/v1/projection-jobs/" + job.id() + "/results/" + f)).toList());
    }

    private static List<YearBody> years(List<Projection.Total> totals) {
        return totals.stream().map(t -> new YearBody(Integer.parseInt(t.key()),
                t.contacts().setScale(2, RoundingMode.HALF_UP), t.isf().kroner(), t.blockGrant().kroner(),
                t.qualityPot().kroner(), t.income().kroner(), t.cost().kroner(), t.margin().kroner(), t.fte())).toList();
    }
}
