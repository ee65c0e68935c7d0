package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import no.pathfin.application.Pathfin;
import no.pathfin.domain.Pathway;
import no.pathfin.domain.PathwayFixture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "pathways", mixinStandardHelpOptions = true, description = "List the pathway fixtures.")
final class PathwaysCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Pathfin pathfin = cli.open();
        StringBuilder out = new StringBuilder();
        for (PathwayFixture fixture : pathfin.pathways().all()) {
            Pathway p = fixture.pathway();
            out.append(String.format("%-34s %-18s %-3s %2d contacts  %s%n", p.id(), p.family(), p.variant(),
                    p.contacts().size(), p.description()));
        }
        spec.commandLine().getOut().print(out);
        return 0;
    }
}
