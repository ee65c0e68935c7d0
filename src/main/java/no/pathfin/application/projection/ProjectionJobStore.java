package no.pathfin.application.projection;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.domain.projection.ProjectionJob;

/** Where projection jobs live: their state and their result files. */
public interface ProjectionJobStore {

    /** A new job id, with a place for its files. */
    String create();

    void save(ProjectionJob job);

    Optional<ProjectionJob> find(String id);

    List<ProjectionJob> all();

    /** Writes a projection's result files for the job; returns their names. */
    List<String> write(String id, Projection projection);

    /** Writes a comparison's result files for the job; returns their names. */
    List<String> write(String id, ProjectionComparison comparison);

    Optional<InputStream> result(String id, String file);

    /** Removes the job: its state and its result files. */
    void delete(String id);

    /** A message about a job with the store's own file paths taken out (they are the server's business). */
    String plain(String message);
}
