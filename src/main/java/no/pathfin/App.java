package no.pathfin;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import no.pathfin.adapter.cli.Cli;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.Pathfin;

/**
 * Composition root: wires the Drools rule sets and the pathway fixtures into the use cases, and the use cases into
 * the command line and the REST server.
 */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run((rules, pathways) -> Pathfin.of(DroolsRuleSets.load(rules), JsonPathwayCatalog.load(pathways)),
                App::serve, out, err, args);
        System.exit(code);
    }

    private static Cli.Server serve(Pathfin pathfin, int port) {
        WebServer server = new WebServer(pathfin).start(port);
        return new Cli.Server() {
            @Override
            public int port() {
                return server.port();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
