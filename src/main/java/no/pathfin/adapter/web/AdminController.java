package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.ruleset.ReloadableRuleSets;

/**
 * Reloading the rule sets from disk without a restart. Off unless the server was started with an admin token;
 * the request carries no rules, only the signal (DRL is never accepted from the network: it can run Java).
 */
final class AdminController {

    record RuleSetHash(String id, String contentHash) {
    }

    record ReloadBody(long generation, Instant loaded, List<RuleSetHash> ruleSets) {
    }

    private final ReloadableRuleSets ruleSets;
    private final String token;
    private final Bodies bodies;

    AdminController(ReloadableRuleSets ruleSets, String token, Bodies bodies) {
        this.ruleSets = ruleSets;
        this.token = token;
        this.bodies = bodies;
    }

    void reload(Context ctx) {
        if (token == null || ruleSets == null) {
            throw new ProblemException(403, "urn:pathfin:problem:admin-off", "Reloading is off",
                    "start the server with --admin-token to allow reloading rule sets", List.of());
        }
        String given = ctx.header("Authorization");
        if (!BearerToken.matches(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ProblemException(401, "urn:pathfin:problem:unauthorized", "Unauthorized",
                    "send Authorization: Bearer <the admin token>", List.of(new ProblemException.FieldError(
                    "Authorization", "missing or wrong admin token")));
        }
        try {
            ReloadableRuleSets.Generation generation = ruleSets.reload();
            bodies.write(ctx, new ReloadBody(generation.number(), generation.loaded(), generation.ruleSets().all()
                    .stream().map(r -> new RuleSetHash(r.info().id(), r.info().contentHash())).toList()));
        } catch (DataFileException e) {
            throw new ProblemException(422, "urn:pathfin:problem:rule-set-refused", "The rule sets were not reloaded",
                    e.getMessage() + "; the server keeps serving generation " + ruleSets.generation().number(),
                    List.of(new ProblemException.FieldError(e.file(), (e.line() > 0 ? "line " + e.line() + ": " : "")
                            + e.getMessage().substring(e.getMessage().indexOf(": ") + 2))));
        }
    }
}
