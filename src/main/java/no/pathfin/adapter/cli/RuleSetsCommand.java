package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import no.pathfin.application.Pathfin;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.RuleSetInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "rule-sets", mixinStandardHelpOptions = true, description = "List the rule sets, each compiled from rules/.")
final class RuleSetsCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Pathfin pathfin = cli.open();
        var infos = pathfin.ruleSets().all().stream().map(RuleSet::info).toList();
        StringBuilder out = new StringBuilder();
        if (json) {
            out.append(Json.write(infos)).append(System.lineSeparator());
        } else {
            for (RuleSetInfo info : infos) {
                out.append(String.format("%-16s %-11s %s  %s  %s%n", info.id(), info.status().name().toLowerCase(),
                        info.validity(), info.contentHash().substring(0, 12), info.title()));
            }
        }
        spec.commandLine().getOut().print(out);
        return 0;
    }
}
