package no.pathfin.support;

import java.nio.file.Path;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.Pathfin;

/** The real rule base from {@code rules/} and the real fixtures from {@code pathways/}, compiled once per test run. */
public final class TestPathfin {

    public static final Path RULES = Path.of("rules");
    public static final Path PATHWAYS = Path.of("pathways");

    private static Pathfin pathfin;

    private TestPathfin() {
    }

    public static synchronized Pathfin get() {
        if (pathfin == null) {
            pathfin = Pathfin.of(DroolsRuleSets.load(RULES), JsonPathwayCatalog.load(PATHWAYS));
        }
        return pathfin;
    }
}
