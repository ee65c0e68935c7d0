package no.pathfin.adapter.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.ruleset.ValidateRuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load every rule set (DRL compiled, figures checked) and check them against the fixtures; exit 1 on any problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Supplier<ValidateRuleSets> validate;
    private final Supplier<RuleSets> ruleSets;
    private final Supplier<PathwayCatalog> pathways;

    ValidateCommand(Supplier<ValidateRuleSets> validate, Supplier<RuleSets> ruleSets, Supplier<PathwayCatalog> pathways) {
        this.validate = validate;
        this.ruleSets = ruleSets;
        this.pathways = pathways;
    }

    @Override
    public Integer call() {
        List<ValidateRuleSets.Problem> problems = validate.get().validate(ruleSets.get());
        for (ValidateRuleSets.Problem p : problems) {
            spec.commandLine().getOut().printf("%s (%s): %s%n", p.fixture(), p.ruleSet(), p.message());
        }
        spec.commandLine().getOut().printf("%s rule sets loaded and compiled, %s fixtures checked: %s problem(s)%n",
                Format.count(ruleSets.get().all().size()), Format.count(pathways.get().all().size()),
                Format.count(problems.size()));
        return problems.isEmpty() ? 0 : 1;
    }
}
