package no.pathfin.application.projection;

import java.util.List;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.domain.projection.ProjectionScenario;

/** The projection scenarios a server offers, by name (the files of its scenarios folder). */
public interface ScenarioCatalog {

    /** A scenario and the base-year activity it names (null if it names none). */
    record Named(ProjectionScenario scenario, ActivitySource activity) {
    }

    /**
     * One scenario as a list shows it: its id (the name a request uses), and either the scenario and whether it
     * names its own base-year activity, or why it cannot be read.
     *
     * @param scenario    null when the file cannot be read
     * @param ownActivity whether the scenario names an activity file of its own (else a repricing job is needed)
     * @param problem     why the file cannot be read, or null
     */
    record Listed(String id, ProjectionScenario scenario, boolean ownActivity, String problem) {
    }

    /**
     * @param field the request field that named it, for the error
     * @throws no.pathfin.application.port.InvalidRequestException no such scenario
     */
    Named named(String name, String field);

    /** Every scenario, by id; one that cannot be read is listed with its problem, not left out. */
    List<Listed> all();
}
