package no.pathfin.application.projection;

import no.pathfin.application.batch.ActivitySource;
import no.pathfin.domain.projection.ProjectionScenario;

/** The projection scenarios a server offers, by name (the files of its scenarios folder). */
public interface ScenarioCatalog {

    /** A scenario and the base-year activity it names (null if it names none). */
    record Named(ProjectionScenario scenario, ActivitySource activity) {
    }

    /**
     * @param field the request field that named it, for the error
     * @throws no.pathfin.application.port.InvalidRequestException no such scenario
     */
    Named named(String name, String field);
}
