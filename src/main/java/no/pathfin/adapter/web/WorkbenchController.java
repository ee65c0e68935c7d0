package no.pathfin.adapter.web;

import no.pathfin.adapter.json.bodies.ImpactBodies;
import no.pathfin.adapter.json.bodies.ActivityImpactBodies;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import no.pathfin.application.batch.AssessActivity;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.application.financing.Plans;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.workbench.AssessRuleChange;
import no.pathfin.application.workbench.ShiftChannels;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Setting;
import no.pathfin.domain.batch.ActivityImpact;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.workbench.ChannelShift;
import no.pathfin.domain.workbench.Impact;

/** The rule-change workbench over HTTP: the impact of a change, and channel shifts priced before and after. */
final class WorkbenchController {

    private final SelectPathways select;
    private final AssessRuleChange assessRuleChange;
    private final AssessActivity assessActivity;
    private final RepriceJobs jobs;
    private final ShiftChannels shiftChannels;
    private final Bodies bodies;

    WorkbenchController(SelectPathways select, AssessRuleChange assessRuleChange, AssessActivity assessActivity,
                        RepriceJobs jobs, ShiftChannels shiftChannels, Bodies bodies) {
        this.select = select;
        this.assessRuleChange = assessRuleChange;
        this.assessActivity = assessActivity;
        this.jobs = jobs;
        this.shiftChannels = shiftChannels;
        this.bodies = bodies;
    }

    void impact(Context ctx) {
        ImpactRequest request = bodies.read(ctx, "ImpactRequest", ImpactRequest.class);
        if (request.population() != null && request.population().isObject()) {
            impactOnActivity(ctx, request, request.population().get("repricingJob").asText());
            return;
        }
        List<Pathway> pathways = select.selectOrAll(RequestBodies.selection(request.family(), null,
                request.pathwayIds(), request.pathways()));
        Limits.contacts(pathways);
        try {
            AssessRuleChange.Question question = AssessRuleChange.Question.of(request.baseline(), request.candidate(),
                    RequestBodies.overrides(request.overrides()), pathways, selectedAs(request),
                    volumes(request.population()), volumes(request.plan()), model(request), compensation(request));
            Impact impact = assessRuleChange.assess(question);
            bodies.write(ctx, ImpactBodies.impact(impact, RequestBodies.echo(request.overrides())));
        } catch (InvalidRequestException e) {
            throw Limits.refused(e, "");
        }
    }

    /** The change over a finished repricing job's activity, which is its own plan. */
    private void impactOnActivity(Context ctx, ImpactRequest request, String jobId) {
        String misplaced = request.plan() != null ? "plan" : request.family() != null ? "family"
                : request.pathwayIds() != null ? "pathwayIds" : request.pathways() != null ? "pathways" : null;
        if (misplaced != null) {
            throw ProblemException.unprocessable(misplaced, "the population is repricing job " + jobId
                    + "'s activity, which is also the plan; leave " + misplaced + " out");
        }
        try {
            ActivityImpact impact = assessActivity.assess(jobs.activity(jobId, "population.repricingJob"),
                    "the activity of repricing job " + jobId, new AssessActivity.Change(request.baseline(),
                            request.candidate(), RequestBodies.overrides(request.overrides()), model(request),
                            compensation(request)));
            bodies.write(ctx, ActivityImpactBodies.impact(impact, jobId, RequestBodies.echo(request.overrides())));
        } catch (InvalidRequestException e) {
            throw Limits.refused(e, "");
        }
    }

    private static FinancingModel model(ImpactRequest request) {
        return RequestBodies.model(request.model() == null ? RequestBodies.DEFAULT_MODEL : request.model());
    }

    private static Compensation compensation(ImpactRequest request) {
        return request.compensation() == null ? Compensation.SHARE
                : Codes.parse(Compensation.class, request.compensation());
    }

    private static String selectedAs(ImpactRequest request) {
        return request.family() != null ? "fixture of family " + request.family()
                : request.pathwayIds() != null ? "pathway named" : request.pathways() != null ? "pathway given"
                : "fixture";
    }

    private static List<Plans.Volume> volumes(List<ImpactRequest.VolumeBody> volumes) {
        return volumes == null ? null : volumes.stream().map(v -> new Plans.Volume(v.pathwayId(), v.volume())).toList();
    }

    /** Pathways with volumes (the contract has checked the shape). */
    private static List<Plans.Volume> volumes(JsonNode volumes) {
        if (volumes == null || volumes.isNull()) {
            return null;
        }
        List<Plans.Volume> read = new java.util.ArrayList<>();
        volumes.forEach(v -> read.add(new Plans.Volume(v.get("pathwayId").asText(), v.get("volume").asLong())));
        return read;
    }

    void shift(Context ctx) {
        ShiftBodies.ShiftRequest request = bodies.read(ctx, "ChannelShiftRequest", ShiftBodies.ShiftRequest.class);
        List<Pathway> pathways = select.select(RequestBodies.selection(request.family(), request.variants(),
                request.pathwayIds(), request.pathways()));
        ChannelShift shift = shift(request.shift());
        List<FinancingModel> models = request.models().stream().map(RequestBodies::model).distinct().toList();
        Limits.shifted(Limits.contacts(pathways), request.ruleSets().size(), models.size());
        try {
            ShiftChannels.Result result = shiftChannels.price(pathways, shift, request.ruleSets(), models);
            bodies.write(ctx, ShiftBodies.response(result));
        } catch (InvalidRequestException e) {
            throw Limits.refused(e, "");
        }
    }

    private static ChannelShift shift(ShiftBodies.ShiftBody s) {
        try {
            return new ChannelShift(
                    s.kind() == null ? null : Codes.parse(ContactKind.class, s.kind()),
                    s.setting() == null ? null : Codes.parse(Setting.class, s.setting()),
                    s.from() == null ? null : Codes.parse(ContactMode.class, s.from()),
                    s.to() == null ? null : Codes.parse(ContactMode.class, s.to()),
                    s.share(), s.occurrence());
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(':');
            throw ProblemException.unprocessable("shift." + (colon > 0 ? message.substring(0, colon) : "to"),
                    colon > 0 ? message.substring(colon + 2) : message);
        }
    }
}
