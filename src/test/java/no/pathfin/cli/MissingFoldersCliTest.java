package no.pathfin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import no.pathfin.adapter.cli.Cli;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.Pathfin;
import org.junit.jupiter.api.Test;

/** Run where its folders are not, pathfin names the path it tried and the option that names the folder. */
class MissingFoldersCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run((rules, pathways, compileAll) -> Pathfin.of(DroolsRuleSets.load(rules),
                        JsonPathwayCatalog.load(pathways)), (pathfin, options) -> {
                    throw new IllegalStateException("no server in this test");
                }, null, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void a_missing_rules_folder_is_named_as_given_and_as_an_absolute_path_with_the_rules_option() {
        int code = run("--rules", "no-rules-here", "rule-sets");

        assertEquals(1, code);
        String message = err.toString();
        assertTrue(message.contains("the rules folder 'no-rules-here' does not exist (looked for "
                + Path.of("no-rules-here").toAbsolutePath() + ")"), message);
        assertTrue(message.contains("name it with --rules DIR"), message);
    }

    @Test
    void a_missing_pathways_folder_is_named_with_the_pathways_option() {
        Path tried = Path.of("elsewhere", "pathways");

        int code = run("pathways", "--pathways", tried.toString());

        assertEquals(1, code);
        String message = err.toString();
        assertTrue(message.contains("the pathways folder '" + tried + "' does not exist (looked for "
                + tried.toAbsolutePath() + ")"), message);
        assertTrue(message.contains("name it with --pathways DIR"), message);
    }

    @Test
    void serve_names_a_missing_scenarios_folder_with_the_scenarios_option() {
        run("serve", "--port", "0", "--scenarios", "no-scenarios-here");

        String message = err.toString();
        assertTrue(message.contains("the scenarios folder 'no-scenarios-here' does not exist (looked for "
                + Path.of("no-scenarios-here").toAbsolutePath() + ")"), message);
        assertTrue(message.contains("name it with serve --scenarios DIR"), message);
    }
}
