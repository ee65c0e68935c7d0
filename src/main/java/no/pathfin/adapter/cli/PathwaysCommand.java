package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.workbench.PathwayFixture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "pathways", mixinStandardHelpOptions = true, description = "List the pathway fixtures.")
final class PathwaysCommand implements Callable<Integer> {

    private final Supplier<PathwayCatalog> catalog;

    @Spec
    CommandSpec spec;

    PathwaysCommand(Supplier<PathwayCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
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
