package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.adapter.json.bodies.PathwaySummary;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.workbench.PathwayFixture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pathways", mixinStandardHelpOptions = true, description = "List the pathway fixtures.")
final class PathwaysCommand implements Callable<Integer> {

    private final Supplier<PathwayCatalog> catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print the JSON the API answers (GET /api/v1/pathways) instead of a table")
    boolean json;

    PathwaysCommand(Supplier<PathwayCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        if (json) {
            spec.commandLine().getOut().print(Json.write(catalog.get().all().stream().map(PathwaySummary::of).toList())
                    + System.lineSeparator());
            return 0;
        }
        Columns table = new Columns().left("pathway").left("family").left("variant").right("contacts")
                .left("description");
        for (PathwayFixture fixture : catalog.get().all()) {
            Pathway p = fixture.pathway();
            table.row(p.id(), p.family(), p.variant(), Format.count(p.contacts().size()), p.description());
        }
        spec.commandLine().getOut().print(table);
        return 0;
    }
}
