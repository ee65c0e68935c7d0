package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.adapter.json.bodies.RuleSetSummary;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.ruleset.RuleSetInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rule-sets", mixinStandardHelpOptions = true,
        description = "List the rule sets in rules/ (read, not compiled: 'validate' compiles them).")
final class RuleSetsCommand implements Callable<Integer> {

    private final Supplier<RuleSets> ruleSets;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print the JSON the API answers (GET /api/v1/rule-sets) instead of a"
            + " table")
    boolean json;

    RuleSetsCommand(Supplier<RuleSets> ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Override
    public Integer call() {
        var infos = ruleSets.get().all().stream().map(RuleSet::info).toList();
        StringBuilder out = new StringBuilder();
        if (json) {
            out.append(Json.write(infos.stream().map(RuleSetSummary::of).toList())).append(System.lineSeparator());
        } else {
            Columns table = new Columns().left("id").left("status").left("valid").left("content hash").left("title");
            for (RuleSetInfo info : infos) {
                table.row(info.id(), info.status().name().toLowerCase(), info.validity().toString(),
                        info.contentHash().substring(0, 12), info.title());
            }
            out.append(table);
        }
        spec.commandLine().getOut().print(out);
        return 0;
    }
}
