package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.util.List;
import no.pathfin.application.projection.ProjectionJobs;
import no.pathfin.application.projection.ScenarioCatalog;
import no.pathfin.domain.projection.ChangeFactor;
import no.pathfin.domain.projection.ProjectionScenario;

/** The projection scenarios of the server's scenarios folder: what a projection job can be asked to run. */
final class ScenarioController {

    record YearsBody(int from, int to) {
    }

    record ScenarioBody(String id, String name, String description, Integer baseYear, YearsBody years,
                        boolean ownActivity, List<String> changes, String problem) {
    }

    private final ProjectionJobs jobs;
    private final Bodies bodies;

    ScenarioController(ProjectionJobs jobs, Bodies bodies) {
        this.jobs = jobs;
        this.bodies = bodies;
    }

    void list(Context ctx) {
        bodies.write(ctx, jobs.scenarios().stream().map(ScenarioController::body).toList());
    }

    private static ScenarioBody body(ScenarioCatalog.Listed listed) {
        ProjectionScenario s = listed.scenario();
        if (s == null) {
            return new ScenarioBody(listed.id(), null, null, null, null, false, List.of(), listed.problem());
        }
        return new ScenarioBody(listed.id(), s.name(), s.description(), s.baseYear(),
                new YearsBody(s.firstYear(), s.lastYear()), listed.ownActivity(),
                s.changes().stream().map(ChangeFactor::name).toList(), null);
    }
}
