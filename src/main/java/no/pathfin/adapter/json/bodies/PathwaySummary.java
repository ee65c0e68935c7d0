package no.pathfin.adapter.json.bodies;

import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.workbench.PathwayFixture;

/**
 * A pathway fixture in one line, as the contract defines it (PathwaySummary): the items of
 * {@code GET /api/v1/pathways} and of {@code pathfin pathways --json}.
 */
public record PathwaySummary(String id, String family, String variant, String description, int contactCount) {

    public static PathwaySummary of(PathwayFixture fixture) {
        Pathway p = fixture.pathway();
        return new PathwaySummary(p.id(), p.family(), p.variant(), p.description(), p.contacts().size());
    }
}
