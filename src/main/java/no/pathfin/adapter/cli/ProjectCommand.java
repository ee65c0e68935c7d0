package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.projection.ProjectFinancing;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Project a base year's activity and its financing year by year as a scenario says (demography,"
                + " rules per year, block grant): contacts, points, ISF, block grant, income, cost, margin, personnel"
                + " hours and FTEs per year, trust and scheme, as CSV and JSON.")
final class ProjectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "the scenario (YAML)")
    Path scenario;

    @Option(names = "--activity", paramLabel = "FILE", description = "the base year's activity file, in place of"
            + " the one the scenario names")
    Path activity;

    @Option(names = "--compare", paramLabel = "FILE", description = "a second scenario, compared year by year with"
            + " the first, its difference attributed to demography, each change factor, the rules and the financing")
    Path compare;

    @Option(names = "--alternative", paramLabel = "NAME", description = "the population table's alternative to use"
            + " (e.g. low, main, high), in place of the scenario's (and the compared scenario's)")
    String alternative;

    @Option(names = "--out", required = true, description = "folder for the CSV and JSON results")
    Path outDir;

    @Option(names = "--threads", description = "reader threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    private final Supplier<ProjectFinancing> projectFinancing;
    private final Cli.ActivityFiles files;

    ProjectCommand(Supplier<ProjectFinancing> projectFinancing, Cli.ActivityFiles files) {
        this.projectFinancing = projectFinancing;
        this.files = files;
    }

    @Override
    public Integer call() {
        Cli.Scenario loaded = alternative(files.scenario(scenario));
        Path base = activity != null ? activity : loaded.activity();
        if (base == null) {
            throw new InvalidRequestException("--activity", "the scenario names no activity file; give one");
        }
        long started = System.nanoTime();
        if (compare != null) {
            return compare(loaded, alternative(files.scenario(compare)), base, started);
        }
        Projection projection = projectFinancing.get().project(files.open(base), loaded.scenario(), threads,
                (a, b, c) -> { });
        List<String> written = files.write(outDir, projection);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s, base year %d%n%n", projection.scenario(), base, loaded.scenario().baseYear());
        out.printf("%-6s %-16s %16s %18s %18s %18s %18s %16s %10s%n", "year", "rule set", "contacts", "ISF",
                "block grant", "income", "cost", "margin", "FTEs");
        List<Projection.Total> years = projection.byYear();
        for (int i = 0; i < years.size(); i++) {
            Projection.Total t = years.get(i);
            out.printf("%-6s %-16s %16s %18s %18s %18s %18s %16s %10s%n", t.key(),
                    projection.years().get(i).ruleSet().id(), Numbers.grouped(t.contacts().setScale(0,
                            java.math.RoundingMode.HALF_UP)), kr(t.isf()), kr(t.blockGrant()), kr(t.income()),
                    kr(t.cost()), kr(t.margin()), t.fte().toPlainString());
        }
        out.printf("%n%s%n%n%.1f s; results in %s (%s)%n", projection.basis(),
                (System.nanoTime() - started) / 1e9, outDir, String.join(", ", written));
        return 0;
    }

    private Cli.Scenario alternative(Cli.Scenario loaded) {
        return alternative == null ? loaded
                : new Cli.Scenario(loaded.scenario().withAlternative(alternative), loaded.activity());
    }

    private int compare(Cli.Scenario baseline, Cli.Scenario candidate, Path base, long started) {
        ProjectionComparison comparison = projectFinancing.get().compare(files.open(base), baseline.scenario(),
                candidate.scenario(), threads, (a, b, c) -> { });
        List<String> written = files.write(outDir, comparison);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s → %s: %s, base year %d%n%n", comparison.baseline().scenario(),
                comparison.candidate().scenario(), base, baseline.scenario().baseYear());
        out.printf("%-6s %18s %18s %18s %18s %18s%n", "year", "ISF change", "grant change", "income change",
                "cost change", "margin change");
        for (ProjectionComparison.Year y : comparison.years()) {
            out.printf("%-6d %18s %18s %18s %18s %18s%n", y.year(), kr(y.candidate().isf().minus(y.baseline().isf())),
                    kr(y.candidate().blockGrant().minus(y.baseline().blockGrant())),
                    kr(y.candidate().income().minus(y.baseline().income())),
                    kr(y.candidate().cost().minus(y.baseline().cost())),
                    kr(y.candidate().margin().minus(y.baseline().margin())));
        }
        ProjectionComparison.Year last = comparison.years().get(comparison.years().size() - 1);
        out.printf("%nWhat moved income in %d (%s)%n", last.year(), last.income().method());
        last.income().contributions().forEach(c -> out.printf("  %-36s %18s  %s%n", c.item(), kr(c.amount()),
                c.description()));
        out.printf("%n%.1f s; results in %s (%d files; every year's attribution in comparison-attribution.csv)%n",
                (System.nanoTime() - started) / 1e9, outDir, written.size());
        return 0;
    }

    private static String kr(Money money) {
        return Numbers.grouped(money.kroner());
    }
}
