package no.pathfin.application.port;

import java.util.List;
import java.util.Optional;
import no.pathfin.domain.workbench.FixtureApproval;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.domain.workbench.PlanFixture;

/** The pathway fixtures: real pathway variants with the revenue they must earn. */
public interface PathwayCatalog {

    List<PathwayFixture> all();

    /** The plan fixtures: rule changes over a stated plan, with the whole money they must give. */
    List<PlanFixture> plans();

    default Optional<PathwayFixture> byId(String id) {
        return all().stream().filter(f -> f.pathway().id().equals(id)).findFirst();
    }

    /** Rewrites one expectation's figures in its fixture file (only after review, by the approve command). */
    default void approve(FixtureApproval approval) {
        throw new UnsupportedOperationException("this catalog cannot rewrite fixtures");
    }

    default List<PathwayFixture> family(String family) {
        return all().stream().filter(f -> f.pathway().family().equals(family)).toList();
    }
}
