package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.adapter.web.RequestBodies.ComparisonRequest;
import no.pathfin.adapter.web.RequestBodies.PricingRequest;
import no.pathfin.application.InvalidRequestException;
import no.pathfin.application.Pathfin;
import no.pathfin.domain.Comparison;
import no.pathfin.domain.FinancingModel;
import no.pathfin.domain.Overrides;
import no.pathfin.domain.Pathway;
import no.pathfin.domain.PathwayFixture;
import no.pathfin.domain.PathwayPricing;

/** Translates pricing and comparison requests into use-case calls and their results into responses. */
final class PricingController {

    /** At most this many contacts priced per request (contacts × rule sets × models), to keep answers fast. */
    static final int MAX_PRICED_CONTACTS = 100_000;
    /** At most this many contacts in the pathways of one request. */
    static final int MAX_CONTACTS = 10_000;

    private final Pathfin pathfin;
    private final Bodies bodies;

    PricingController(Pathfin pathfin, Bodies bodies) {
        this.pathfin = pathfin;
        this.bodies = bodies;
    }

    void price(Context ctx) {
        PricingRequest request = bodies.read(ctx, "PricingRequest", PricingRequest.class);
        Pathway pathway;
        String prefix;
        if (request.pathway() != null && request.pathwayId() != null) {
            throw ProblemException.unprocessable("pathwayId", "give either pathwayId or pathway, not both");
        } else if (request.pathway() != null) {
            pathway = RequestBodies.pathway(request.pathway(), "pathway");
            prefix = "pathway.";
        } else if (request.pathwayId() != null) {
            pathway = fixture(request.pathwayId(), "pathwayId");
            prefix = "";
        } else {
            throw ProblemException.unprocessable("pathwayId", "give a pathwayId or an inline pathway");
        }
        Overrides overrides = RequestBodies.overrides(request.overrides());
        try {
            PathwayPricing pricing = pathfin.pricePathway().price(pathway, RequestBodies.model(request.model()),
                    request.ruleSet(), overrides);
            bodies.write(ctx, ResponseBodies.pricing(pricing, request.overrides()));
        } catch (InvalidRequestException e) {
            throw refused(e, prefix);
        }
    }

    void compare(Context ctx) {
        ComparisonRequest request = bodies.read(ctx, "ComparisonRequest", ComparisonRequest.class);
        List<Pathway> variants = variants(request);
        int contacts = variants.stream().mapToInt(p -> p.contacts().size()).sum();
        if (contacts > MAX_CONTACTS) {
            throw ProblemException.tooLarge("pathways", "the pathways hold " + contacts + " contacts; at most "
                    + MAX_CONTACTS + " per request");
        }
        long priced = (long) contacts * request.ruleSets().size() * request.models().size();
        if (priced > MAX_PRICED_CONTACTS) {
            throw ProblemException.tooLarge("ruleSets", "contacts × rule sets × models = " + priced + "; at most "
                    + MAX_PRICED_CONTACTS + " per request");
        }
        List<FinancingModel> models = request.models().stream().map(RequestBodies::model).distinct().toList();
        for (int i = 0; i < request.ruleSets().size(); i++) {
            String id = request.ruleSets().get(i);
            if (pathfin.ruleSets().byId(id).isEmpty()) {
                throw ProblemException.unprocessable("ruleSets[" + i + "]", "unknown rule set '" + id + "'");
            }
        }
        try {
            Comparison comparison = pathfin.compareVariants().compare(variants, request.ruleSets().stream().distinct()
                    .toList(), models, request.baseline(), RequestBodies.overrides(request.overrides()));
            bodies.write(ctx, ResponseBodies.comparison(comparison, request.overrides()));
        } catch (InvalidRequestException e) {
            throw refused(e, "");
        }
    }

    void shift(Context ctx) {
        ShiftBodies.ShiftRequest request = bodies.read(ctx, "ChannelShiftRequest", ShiftBodies.ShiftRequest.class);
        List<Pathway> pathways = variants(new ComparisonRequest(request.family(), request.variants(),
                request.pathwayIds(), request.pathways(), List.of(), List.of(), null, null));
        ShiftBodies.ShiftBody s = request.shift();
        no.pathfin.domain.ChannelShift shift;
        try {
            shift = new no.pathfin.domain.ChannelShift(
                    s.kind() == null ? null : no.pathfin.domain.Codes.parse(no.pathfin.domain.ContactKind.class, s.kind()),
                    s.setting() == null ? null : no.pathfin.domain.Codes.parse(no.pathfin.domain.Setting.class, s.setting()),
                    s.from() == null ? null : no.pathfin.domain.Codes.parse(no.pathfin.domain.ContactMode.class, s.from()),
                    s.to() == null ? null : no.pathfin.domain.Codes.parse(no.pathfin.domain.ContactMode.class, s.to()),
                    s.share(), s.occurrence());
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(':');
            throw ProblemException.unprocessable("shift." + (colon > 0 ? message.substring(0, colon) : "to"),
                    colon > 0 ? message.substring(colon + 2) : message);
        }
        try {
            var result = pathfin.shiftChannels().price(pathways, shift, request.ruleSets(),
                    request.models().stream().map(RequestBodies::model).distinct().toList());
            bodies.write(ctx, new ShiftBodies.ShiftResponse(result.matching(), result.moved(), result.outcomes().stream()
                    .map(o -> new ShiftBodies.Result(o.ruleSet(), no.pathfin.domain.Codes.of(o.model()), o.before().kroner(),
                            o.after().kroner(), o.difference().kroner(), o.pathways().stream().map(p ->
                            new ShiftBodies.PathwayResult(p.pathwayId(), p.before().kroner(), p.after().kroner(),
                                    p.after().minus(p.before()).kroner())).toList())).toList()));
        } catch (InvalidRequestException e) {
            throw refused(e, "");
        }
    }

    void impact(Context ctx) {
        ImpactBodies.ImpactRequest request = bodies.read(ctx, "ImpactRequest", ImpactBodies.ImpactRequest.class);
        List<Pathway> pathways = request.family() == null && request.pathwayIds() == null && request.pathways() == null
                ? pathfin.pathways().all().stream().map(PathwayFixture::pathway).toList()
                : variants(new ComparisonRequest(request.family(), null, request.pathwayIds(), request.pathways(),
                List.of(), List.of(), null, null));
        int contacts = pathways.stream().mapToInt(p -> p.contacts().size()).sum();
        if (contacts > MAX_CONTACTS) {
            throw ProblemException.tooLarge("pathways", "the pathways hold " + contacts + " contacts; at most "
                    + MAX_CONTACTS + " per request");
        }
        try {
            var impact = pathfin.assessRuleChange().assess(request.baseline(), request.candidate(),
                    RequestBodies.overrides(request.overrides()), pathways,
                    RequestBodies.model(request.model() == null ? "per-contact" : request.model()));
            bodies.write(ctx, ImpactBodies.impact(impact, request.overrides()));
        } catch (InvalidRequestException e) {
            throw refused(e, "");
        }
    }

    private List<Pathway> variants(ComparisonRequest request) {
        int given = (request.family() != null ? 1 : 0) + (request.pathwayIds() != null ? 1 : 0)
                + (request.pathways() != null ? 1 : 0);
        if (given != 1) {
            throw ProblemException.unprocessable("family", "give exactly one of family, pathwayIds or pathways");
        }
        List<Pathway> variants = new ArrayList<>();
        if (request.family() != null) {
            List<PathwayFixture> family = pathfin.pathways().family(request.family());
            if (family.isEmpty()) {
                throw ProblemException.unprocessable("family", "no pathway family '" + request.family() + "'");
            }
            for (PathwayFixture f : family) {
                if (request.variants() == null || request.variants().contains(f.pathway().variant())) {
                    variants.add(f.pathway());
                }
            }
            if (request.variants() != null) {
                for (int i = 0; i < request.variants().size(); i++) {
                    String v = request.variants().get(i);
                    if (variants.stream().noneMatch(p -> p.variant().equals(v))) {
                        throw ProblemException.unprocessable("variants[" + i + "]", "'" + v + "' is not a variant of "
                                + request.family());
                    }
                }
            }
        } else if (request.pathwayIds() != null) {
            for (int i = 0; i < request.pathwayIds().size(); i++) {
                variants.add(fixture(request.pathwayIds().get(i), "pathwayIds[" + i + "]"));
            }
        } else {
            for (int i = 0; i < request.pathways().size(); i++) {
                variants.add(RequestBodies.pathway(request.pathways().get(i), "pathways[" + i + "]"));
            }
        }
        return variants;
    }

    private Pathway fixture(String id, String field) {
        return pathfin.pathways().byId(id).map(PathwayFixture::pathway)
                .orElseThrow(() -> ProblemException.unprocessable(field, "no pathway '" + id + "'"));
    }

    /** A use-case refusal as a 422 naming the field; contact fields are placed inside the pathway they belong to. */
    private static ProblemException refused(InvalidRequestException e, String prefix) {
        String field = e.field();
        if (field.startsWith("contacts")) {
            field = prefix + field;
        }
        return ProblemException.unprocessable(field, e.getMessage().substring(e.field().length() + 2));
    }
}
