package no.pathfin.adapter.web;

import io.javalin.http.Context;
import no.pathfin.application.Pathfin;

/** Rule sets, pathway fixtures and health: read-only views of what the server loaded at start. */
final class CatalogController {

    private final Pathfin pathfin;

    CatalogController(Pathfin pathfin) {
        this.pathfin = pathfin;
    }

    void health(Context ctx) {
        ctx.json(new ResponseBodies.Health("ok", pathfin.ruleSets().all().size(), pathfin.pathways().all().size()));
    }

    void ruleSets(Context ctx) {
        ctx.json(pathfin.ruleSets().all().stream().map(r -> ResponseBodies.summary(r.info())).toList());
    }

    void ruleSet(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(ResponseBodies.detail(pathfin.ruleSets().byId(id)
                .orElseThrow(() -> ProblemException.notFound("no rule set '" + id + "'", "id"))));
    }

    void pathways(Context ctx) {
        ctx.json(pathfin.pathways().all().stream().map(ResponseBodies::summary).toList());
    }

    void pathway(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(ResponseBodies.pathway(pathfin.pathways().byId(id)
                .orElseThrow(() -> ProblemException.notFound("no pathway '" + id + "'", "id"))));
    }
}
