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
        Cli.Scenario loaded = files.scenario(scenario);
        Path base = activity != null ? activity : loaded.activity();
        if (base == null) {
            throw new InvalidRequestException("--activity", "the scenario names no activity file; give one");
        }
        long started = System.nanoTime();
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

    private static String kr(Money money) {
        return Numbers.grouped(money.kroner());
    }
}
