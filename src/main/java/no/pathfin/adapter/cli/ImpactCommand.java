package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.batch.AssessActivity;
import no.pathfin.application.financing.Plans;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.workbench.AssessRuleChange;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.batch.ActivityImpact;
import no.pathfin.domain.financing.Compensation;
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
        description = "What a candidate rule set does to a population of pathways (one of each fixture unless volumes"
                + " are given) or to a year's activity (--activity): ISF and income with the block grant compensated,"
                + " winners, losers, and which change moved the money.")
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

    @Option(names = "--volume", paramLabel = "PATHWAY=N", description = "the population: N pathways a year of this"
            + " pathway id (or variant), repeatable; default: one of each fixture selected")
    Map<String, Long> population;

    @Option(names = "--plan", paramLabel = "PATHWAY=N", description = "the planned activity the block grant is set"
            + " from, repeatable; default: the population")
    Map<String, Long> plan;

    @Option(names = "--compensation", defaultValue = "share", description = "none, share or neutral: how the block"
            + " grant meets the change (default: ${DEFAULT-VALUE})")
    String compensation;

    @Option(names = "--activity", paramLabel = "FILE", description = "the population is this activity file (the"
            + " format reprice reads), which is also the plan: the change per hospital and scheme instead of per pathway")
    Path activity;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    private final Supplier<SelectPathways> select;
    private final Supplier<AssessRuleChange> assessRuleChange;
    private final Supplier<AssessActivity> assessActivity;
    private final Cli.ActivityFiles files;

    ImpactCommand(Supplier<SelectPathways> select, Supplier<AssessRuleChange> assessRuleChange,
                  Supplier<AssessActivity> assessActivity, Cli.ActivityFiles files) {
        this.select = select;
        this.assessRuleChange = assessRuleChange;
        this.assessActivity = assessActivity;
        this.files = files;
    }

    @Override
    public Integer call() {
        if (activity != null) {
            String misplaced = family != null ? "--family" : population != null ? "--volume" : plan != null ? "--plan"
                    : null;
            if (misplaced != null) {
                throw new InvalidRequestException(misplaced, "the activity file is the population and the plan;"
                        + " leave " + misplaced + " out");
            }
            ActivityImpact impact = assessActivity.get().assess(files.open(activity), "the activity of " + activity,
                    new AssessActivity.Change(baseline, candidate, ParameterChanges.NONE, Cli.model("model", model),
                            Cli.code("compensation", Compensation.class, compensation)));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(impact));
            } else {
                out.print(ActivityImpactTable.of(impact));
            }
            return 0;
        }
        List<Pathway> pathways = select.get().selectOrAll(SelectPathways.Selection.family(family, null));
        FinancingModel financing = Cli.model("model", model);
        Impact impact = assessRuleChange.get().assess(AssessRuleChange.Question.of(baseline, candidate,
                ParameterChanges.NONE, pathways, family == null ? "fixture" : "fixture of family " + family,
                volumes(population), volumes(plan), financing, Cli.code("compensation", Compensation.class,
                        compensation)));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(impact));
            return 0;
        }
        Impact.Summary s = impact.summary();
        Impact.Income m = impact.income();
        out.printf("%s → %s, %s, over %s (%d pathways)%n", impact.baseline(), impact.candidate(),
                Codes.of(impact.model()), impact.population().description(), impact.population().count());
        out.printf("block grant set from %s, compensation %s%n%n", m.plan() == impact.population() ? "the population"
                : m.plan().description(), Codes.of(m.compensation()));
        out.printf("%-14s %20s %20s %18s%n", "", "baseline", "candidate", "change");
        out.printf("%-14s %20s %20s %18s%n", "ISF", kr(s.baseline()), kr(s.candidate()), kr(s.difference()));
        out.printf("%-14s %20s %20s %18s%n", "block grant", kr(m.blockGrantBaseline()), kr(m.blockGrantCandidate()),
                kr(m.blockGrantCandidate().minus(m.blockGrantBaseline())));
        out.printf("%-14s %20s %20s %18s%n", "income", kr(m.baseline()), kr(m.candidate()), kr(m.difference()));
        out.printf("%d gain ISF, %d lose, %d unchanged%n%n", s.winners(), s.losers(), s.unchanged());
        attribution(out, "Which change moved ISF", impact.attribution());
        attribution(out, "Which change moved income", m.attribution());
        out.printf("%-36s %9s %14s %14s %14s %14s%n", "pathway (largest ISF change first)", "volume", "ISF before",
                "ISF after", "ISF change", "income change");
        for (Impact.PathwayImpact p : impact.pathways()) {
            out.printf("%-36s %9d %14s %14s %14s %14s%n", p.pathwayId(), p.volume(), kr(p.baseline()),
                    kr(p.candidate()), kr(p.difference()), kr(p.incomeDifference()));
        }
        out.println("(income of one pathway: its ISF + the block grant per planned pathway)");
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

    private static void attribution(PrintWriter out, String title, Attribution.Result attribution) {
        out.println(title + " (" + attribution.method() + ")");
        for (Attribution.Contribution c : attribution.contributions()) {
            out.printf("  %-36s %18s  %s%n", c.item(), kr(c.amount()), c.description());
        }
        out.printf("  %-36s %18s%n%n", "total", kr(attribution.total()));
    }

    private static List<Plans.Volume> volumes(Map<String, Long> volumes) {
        return volumes == null ? null : volumes.entrySet().stream().map(e -> new Plans.Volume(e.getKey(), e.getValue()))
                .toList();
    }

    private static String kr(no.pathfin.domain.Money money) {
        return Numbers.grouped(money.kroner());
    }
}
