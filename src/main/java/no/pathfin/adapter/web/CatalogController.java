package no.pathfin.adapter.web;

import no.pathfin.adapter.json.bodies.PathwaySummary;

import no.pathfin.adapter.json.bodies.RuleSetSummary;
import io.javalin.http.Context;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSets;

/** Rule sets, pathway fixtures and health: read-only views of what the server loaded at start. */
final class CatalogController {

    private final RuleSets ruleSets;
    private final PathwayCatalog pathways;
    private final Bodies bodies;

    CatalogController(RuleSets ruleSets, PathwayCatalog pathways, Bodies bodies) {
        this.ruleSets = ruleSets;
        this.pathways = pathways;
        this.bodies = bodies;
    }

    void health(Context ctx) {
        bodies.write(ctx, new CatalogBodies.Health("ok", ruleSets.all().size(), pathways.all().size()));
    }

    void ruleSets(Context ctx) {
        bodies.write(ctx, ruleSets.all().stream().map(r -> RuleSetSummary.of(r.info())).toList());
    }

    void ruleSet(Context ctx) {
        String id = ctx.pathParam("id");
        bodies.write(ctx, CatalogBodies.detail(ruleSets.byId(id)
                .orElseThrow(() -> ProblemException.notFound("no rule set '" + Shown.cut(id) + "'", "id"))));
    }

    void pathways(Context ctx) {
        bodies.write(ctx, pathways.all().stream().map(PathwaySummary::of).toList());
    }

    void pathway(Context ctx) {
        String id = ctx.pathParam("id");
        bodies.write(ctx, CatalogBodies.pathway(pathways.byId(id)
                .orElseThrow(() -> ProblemException.notFound("no pathway '" + Shown.cut(id) + "'", "id"))));
    }
}
