package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.workbench.AssessRuleChange;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.workbench.Attribution;
import no.pathfin.domain.workbench.Impact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "What a candidate rule set does to the pathway fixtures: winners, losers, and which change moved the money.")
final class ImpactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", required = true, description = "baseline rule set id")
    String baseline;

    @Option(names = "--candidate", required = true, description = "candidate rule set id")
    String candidate;

    @Option(names = "--model", defaultValue = "per-contact", description = "per-contact or bundle (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--family", description = "only the fixtures of this family (default: every fixture)")
    String family;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    private final Supplier<SelectPathways> select;
    private final Supplier<AssessRuleChange> assessRuleChange;

    ImpactCommand(Supplier<SelectPathways> select, Supplier<AssessRuleChange> assessRuleChange) {
        this.select = select;
        this.assessRuleChange = assessRuleChange;
    }

    @Override
    public Integer call() {
        List<Pathway> pathways = select.get().selectOrAll(SelectPathways.Selection.family(family, null));
        FinancingModel financing = Cli.model("model", model);
        Impact impact = assessRuleChange.get().assess(baseline, candidate, ParameterChanges.NONE, pathways, financing);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(impact));
            return 0;
        }
        Impact.Summary s = impact.summary();
        out.printf("%s → %s, %s, %d pathways: %s → %s kr, change %s kr (%d gain, %d lose, %d unchanged)%n%n",
                impact.baseline(), impact.candidate(), Codes.of(impact.model()), impact.pathways().size(),
                kr(s.baseline()), kr(s.candidate()), kr(s.difference()), s.winners(), s.losers(), s.unchanged());
        out.println("Which change moved the money (" + impact.attribution().method() + ")");
        for (Attribution.Contribution c : impact.attribution().contributions()) {
            out.printf("  %-36s %14s  %s%n", c.item(), kr(c.amount()), c.description());
        }
        out.printf("  %-36s %14s%n%n", "total", kr(impact.attribution().total()));
        out.printf("%-36s %14s %14s %14s%n", "pathway (largest change first)", "baseline", "candidate", "change");
        for (Impact.PathwayImpact p : impact.pathways()) {
            out.printf("%-36s %14s %14s %14s%n", p.pathwayId(), kr(p.baseline()), kr(p.candidate()), kr(p.difference()));
        }
        out.printf("%nby setting%n");
        impact.bySetting().forEach(x -> out.printf("  %-10s %14s%n", x.key(), kr(x.difference())));
        out.printf("by mode%n");
        impact.byMode().forEach(x -> out.printf("  %-10s %14s%n", x.key(), kr(x.difference())));
        if (!impact.rulesChanged().isEmpty()) {
            out.printf("%nrules that fired differently%n");
            for (Impact.RulesChanged r : impact.rulesChanged()) {
                out.printf("  %s %s: no longer %s; now %s%n", r.pathwayId(), r.contactId(), r.onlyBaseline(), r.onlyCandidate());
            }
        }
        return 0;
    }

    private static String kr(no.pathfin.domain.Money money) {
        return Numbers.grouped(money.kroner());
    }
}
