package no.pathfin.adapter.web;

import no.pathfin.adapter.json.bodies.PricingBodies;
import no.pathfin.adapter.json.bodies.ComparisonBodies;
import io.javalin.http.Context;
import java.util.List;
import no.pathfin.adapter.web.RequestBodies.ComparisonRequest;
import no.pathfin.adapter.web.RequestBodies.PricingRequest;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.financing.CompareIncome;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;

/** Translates pricing and comparison requests into use-case calls and their results into responses. */
final class PricingController {

    private final SelectPathways select;
    private final PricePathway pricePathway;
    private final CompareIncome compareIncome;
    private final Bodies bodies;

    PricingController(SelectPathways select, PricePathway pricePathway, CompareIncome compareIncome, Bodies bodies) {
        this.select = select;
        this.pricePathway = pricePathway;
        this.compareIncome = compareIncome;
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
            pathway = select.byId(request.pathwayId(), "pathwayId");
            prefix = "";
        } else {
            throw ProblemException.unprocessable("pathwayId", "give a pathwayId or an inline pathway");
        }
        try {
            PathwayPricing pricing = pricePathway.price(pathway, RequestBodies.model(
                            request.model() == null ? RequestBodies.DEFAULT_MODEL : request.model()),
                    request.ruleSet(), RequestBodies.overrides(request.overrides()));
            bodies.write(ctx, PricingBodies.pricing(pricing, RequestBodies.echo(request.overrides())));
        } catch (InvalidRequestException e) {
            throw Limits.refused(e, prefix);
        }
    }

    void compare(Context ctx) {
        ComparisonRequest request = bodies.read(ctx, "ComparisonRequest", ComparisonRequest.class);
        List<Pathway> variants = select.select(RequestBodies.selection(request.family(), request.variants(),
                request.pathwayIds(), request.pathways()));
        int contacts = Limits.contacts(variants);
        Limits.priced((long) contacts * request.ruleSets().size() * request.models().size());
        List<FinancingModel> models = request.models().stream().map(RequestBodies::model).distinct().toList();
        try {
            FinancedComparison comparison = compareIncome.compare(variants, request.ruleSets(), models,
                    request.baseline(), RequestBodies.overrides(request.overrides()), request.volumes());
            bodies.write(ctx, ComparisonBodies.comparison(comparison, RequestBodies.echo(request.overrides())));
        } catch (InvalidRequestException e) {
            throw Limits.refused(e, "");
        }
    }
}
