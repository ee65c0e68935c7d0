package no.pathfin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import no.pathfin.App;
import no.pathfin.adapter.cli.Cli;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.application.Pathfin;
import no.pathfin.support.TestPathfin;

/** One run of the real command line: its exit code, what it printed, and what it said went wrong. */
record CliRun(int code, String out, String err) {

    /** Over the real rules and fixtures (compiled once per test run), with the real activity files. */
    static CliRun of(String... args) {
        return over((rules, pathways, compileAll) -> TestPathfin.get(), args);
    }

    /** Over the real rules and the pathway fixtures of the folder {@code --pathways} names. */
    static CliRun withPathwaysOption(String... args) {
        return over((rules, pathways, compileAll) -> Pathfin.of(TestPathfin.get().ruleSets(),
                JsonPathwayCatalog.load(pathways)), args);
    }

    static CliRun over(Cli.Opener opener, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(opener, (pathfin, options) -> {
            throw new IllegalStateException("no server in this test");
        }, App.ACTIVITY_FILES, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The sample year of activity shipped with the fixtures. */
    static final Path SAMPLE_ACTIVITY = Path.of("pathways", "activity", "sample-activity.csv");
}
