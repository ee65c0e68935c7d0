package no.pathfin.domain.workbench;

import java.util.Map;
import no.pathfin.domain.Money;

/** New figures for one expectation of a fixture, approved after review, each with its working. */
public record FixtureApproval(PathwayFixture fixture, int expectation, Map<String, Figure> lines, Figure total) {

    public FixtureApproval {
        lines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lines));
    }

    /** An amount and the arithmetic behind it. */
    public record Figure(Money amount, String working) {
    }
}
