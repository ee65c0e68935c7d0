package no.pathfin.adapter.cli;

import java.util.List;
import java.util.concurrent.Callable;
import no.pathfin.application.Pathfin;
import no.pathfin.application.ValidateRuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load every rule set (DRL compiled, figures checked) and check them against the fixtures; exit 1 on any problem.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Pathfin pathfin = cli.open();
        List<ValidateRuleSets.Problem> problems = pathfin.validateRuleSets().validate(pathfin.ruleSets());
        for (ValidateRuleSets.Problem p : problems) {
            spec.commandLine().getOut().printf("%s (%s): %s%n", p.fixture(), p.ruleSet(), p.message());
        }
        spec.commandLine().getOut().printf("%d rule sets loaded and compiled, %d fixtures checked: %d problem(s)%n",
                pathfin.ruleSets().all().size(), pathfin.pathways().all().size(), problems.size());
        return problems.isEmpty() ? 0 : 1;
    }
}
