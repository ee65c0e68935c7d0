package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.projection.ProjectFinancing;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Project a base year's activity and its financing year by year as a scenario says (demography,"
                + " rules per year, block grant, quality indicators): contacts, points, ISF, block grant, quality pot,"
                + " income, cost, margin, personnel hours and FTEs per year, trust and scheme, as CSV and JSON.")
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
        Columns table = new Columns().left("year").left("rule set").right("contacts").right("ISF")
                .right("block grant").right("quality pot").right("income").right("cost").right("margin").right("FTEs");
        List<Projection.Total> years = projection.byYear();
        for (int i = 0; i < years.size(); i++) {
            Projection.Total t = years.get(i);
            table.row(t.key(), projection.years().get(i).ruleSet().id(), Format.count(t.contacts()),
                    Format.kr(t.isf()), Format.kr(t.blockGrant()), Format.kr(t.qualityPot()), Format.kr(t.income()),
                    Format.kr(t.cost()), Format.kr(t.margin()), Format.quantity(t.fte()));
        }
        out.print(table);
        out.printf("%n%s%n%n%s; results in %s (%s)%n", projection.basis(),
                Format.seconds((System.nanoTime() - started) / 1e9), outDir, String.join(", ", written));
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
        Columns table = new Columns().left("year").right("ISF change").right("grant change").right("income change")
                .right("cost change").right("margin change");
        for (ProjectionComparison.Year y : comparison.years()) {
            table.row(String.valueOf(y.year()), Format.change(y.candidate().isf().minus(y.baseline().isf())),
                    Format.change(y.candidate().blockGrant().minus(y.baseline().blockGrant())),
                    Format.change(y.candidate().income().minus(y.baseline().income())),
                    Format.change(y.candidate().cost().minus(y.baseline().cost())),
                    Format.change(y.candidate().margin().minus(y.baseline().margin())));
        }
        out.print(table);
        ProjectionComparison.Year last = comparison.years().get(comparison.years().size() - 1);
        out.print(System.lineSeparator() + Attributions.of("What moved income in " + last.year(), last.income()));
        out.printf("%s; results in %s (%s files; every year's attribution in comparison-attribution.csv)%n",
                Format.seconds((System.nanoTime() - started) / 1e9), outDir, Format.count(written.size()));
        return 0;
    }
}
