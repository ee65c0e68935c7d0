package no.pathfin.application.batch;

import java.util.List;
import no.pathfin.domain.batch.Repricing;

/** Where a repricing's results are written (a folder of the command line's, a job's results): one door for both. */
public interface RepricingResults {

    /** Writes nothing: for a caller that only wants the figures. */
    RepricingResults NONE = repricing -> List.of();

    /** Writes every result file; returns their names. */
    List<String> write(Repricing repricing);
}
