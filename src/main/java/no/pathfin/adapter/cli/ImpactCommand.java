package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.adapter.json.bodies.ActivityImpactBodies;
import no.pathfin.adapter.json.bodies.ImpactBodies;
import no.pathfin.application.batch.AssessActivity;
import no.pathfin.application.financing.Plans;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.workbench.AssessRuleChange;
import no.pathfin.domain.batch.ActivityImpact;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
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

    @Option(names = "--model", defaultValue = "per-contact",
            description = "per-contact, bundle or period (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--json", description = "print the JSON the API answers (POST /api/v1/impact: an Impact, or"
            + " with --activity an ActivityImpact whose population names no repricing job) instead of a table")
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
                out.println(Json.write(ActivityImpactBodies.impact(impact, null, null)));
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
            out.println(Json.write(ImpactBodies.impact(impact, null)));
            return 0;
        }
        out.print(ImpactTable.of(impact));
        return 0;
    }

    private static List<Plans.Volume> volumes(Map<String, Long> volumes) {
        return volumes == null ? null : volumes.entrySet().stream().map(e -> new Plans.Volume(e.getKey(), e.getValue()))
                .toList();
    }
}
