package no.pathfin;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import no.pathfin.adapter.cli.Cli;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.Pathfin;

/** Composition root: wires the Drools rule sets and the pathway fixtures into the use cases, then runs the CLI. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run((rules, pathways) -> Pathfin.of(DroolsRuleSets.load(rules), JsonPathwayCatalog.load(pathways)),
                out, err, args);
        System.exit(code);
    }
}
