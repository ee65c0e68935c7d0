package no.pathfin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.adapter.scenarios.ScenarioFiles;
import no.pathfin.application.Pathfin;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionScenario;

/**
 * Projection benchmark, run by {@code bench/project.sh}: on one activity file, in one JVM, alternating rounds of one
 * repricing (baseline isf-2024 and candidate isf-2025-plan: the yardstick) and the projection of the three shipped
 * scenarios (status-quo, demography, home-2035) from 2024 to 2035 from one reading of the file; prints each round,
 * the medians and the ratio. Fails if status-quo's 2035 ISF differs from the repricing's baseline total.
 */
public final class ProjectionBenchmark {

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Pathfin pathfin = Pathfin.of(DroolsRuleSets.load(Path.of("rules")), JsonPathwayCatalog.load(Path.of("pathways")));
        List<ProjectionScenario> scenarios = List.of("status-quo", "demography", "home-2035").stream()
                .map(n -> ScenarioFiles.load(Path.of("scenarios/" + n + ".yaml")).scenario()).toList();
        int threads = Runtime.getRuntime().availableProcessors();
        List<Double> reprice = new ArrayList<>();
        List<Double> project = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            var r = pathfin.repriceActivity().reprice(CsvActivitySource.open(file),
                    List.of(new RepriceActivity.Scenario("isf-2024", FinancingModel.PER_CONTACT),
                            new RepriceActivity.Scenario("isf-2025-plan", FinancingModel.PER_CONTACT)),
                    new RepriceActivity.Options(threads, false, 20), (a, b, c) -> { }, RepricingResults.NONE)
                    .repricing();
            long t1 = System.nanoTime();
            List<Projection> projections = pathfin.projectFinancing().projectAll(CsvActivitySource.open(file),
                    scenarios, threads, (a, b, c) -> { });
            long t2 = System.nanoTime();
            List<Projection.Total> quo = projections.get(0).byYear();
            if (!quo.get(quo.size() - 1).isf().equals(r.total().amounts().get(0))) {
                throw new AssertionError("status-quo 2035 " + quo.get(quo.size() - 1).isf() + " against the"
                        + " repricing's " + r.total().amounts().get(0));
            }
            double rs = (t1 - t0) / 1e9;
            double ps = (t2 - t1) / 1e9;
            System.out.printf("%s reprice: %.2f s   project 3 scenarios × 12 years: %.2f s   ratio %.2f%n",
                    round == 0 ? "warm-up" : "round " + round, rs, ps, ps / rs);
            if (round > 0) {
                reprice.add(rs);
                project.add(ps);
                ratios.add(ps / rs);
            }
        }
        System.out.printf("median over %d rounds: reprice %.2f s, projection %.2f s, ratio %.2f (min %.2f, max %.2f)%n",
                rounds, median(reprice), median(project), median(ratios), Collections.min(ratios),
                Collections.max(ratios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
