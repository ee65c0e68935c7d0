package no.pathfin.adapter.web;

import io.javalin.http.Context;
import no.pathfin.application.Pathfin;

/** Rule sets, pathway fixtures and health: read-only views of what the server loaded at start. */
final class CatalogController {

    private final Pathfin pathfin;
    private final Bodies bodies;

    CatalogController(Pathfin pathfin, Bodies bodies) {
        this.pathfin = pathfin;
        this.bodies = bodies;
    }

    void health(Context ctx) {
        bodies.write(ctx, new ResponseBodies.Health("ok", pathfin.ruleSets().all().size(), pathfin.pathways().all().size()));
    }

    void ruleSets(Context ctx) {
        bodies.write(ctx, pathfin.ruleSets().all().stream().map(r -> ResponseBodies.summary(r.info())).toList());
    }

    void ruleSet(Context ctx) {
        String id = ctx.pathParam("id");
        bodies.write(ctx, ResponseBodies.detail(pathfin.ruleSets().byId(id)
                .orElseThrow(() -> ProblemException.notFound("no rule set '" + id + "'", "id"))));
    }

    void pathways(Context ctx) {
        bodies.write(ctx, pathfin.pathways().all().stream().map(ResponseBodies::summary).toList());
    }

    void pathway(Context ctx) {
        String id = ctx.pathParam("id");
        bodies.write(ctx, ResponseBodies.pathway(pathfin.pathways().byId(id)
                .orElseThrow(() -> ProblemException.notFound("no pathway '" + id + "'", "id"))));
    }
}
