package no.pathfin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.Parameters;

/**
 * Repricing benchmark, run by {@code bench/reprice.sh}: on one activity file, in one JVM, alternating rounds of the
 * rule-based repricing (baseline + candidate) and the plain-Java lower bound; prints each round and the medians,
 * and fails if the two disagree on any total.
 */
public final class RepriceBenchmark {

    private RepriceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String baseline = "isf-2024";
        String candidate = "isf-2025-plan";
        RuleSets ruleSets = DroolsRuleSets.load(Path.of("rules"));
        List<Parameters> parameters = List.of(ruleSets.byId(baseline).orElseThrow().parameters(),
                ruleSets.byId(candidate).orElseThrow().parameters());
        // every round goes through the rules: no decision is kept from the round before
        DecisionCache off = DecisionCache.off();
        RepriceActivity reprice = new RepriceActivity(ruleSets, new PricePathway(ruleSets, off), off);
        int threads = Runtime.getRuntime().availableProcessors();
        List<Double> rules = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            Repricing r = reprice.reprice(CsvActivitySource.open(file),
                    List.of(new RepriceActivity.Scenario(baseline, FinancingModel.PER_CONTACT),
                            new RepriceActivity.Scenario(candidate, FinancingModel.PER_CONTACT)),
                    new RepriceActivity.Options(threads, false, 20), (a, b, c) -> { }, RepricingResults.NONE).repricing();
            long t1 = System.nanoTime();
            long[] lowerBound = PlainJavaLowerBound.run(CsvActivitySource.open(file), parameters, threads);
            long t2 = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                long ruleOre = r.total().amounts().get(i).kroner().movePointRight(2).longValueExact();
                if (ruleOre != lowerBound[i]) {
                    throw new AssertionError("rules and plain Java disagree: " + ruleOre + " vs " + lowerBound[i] + " øre");
                }
            }
            double rs = (t1 - t0) / 1e9;
            double ps = (t2 - t1) / 1e9;
            System.out.printf("%s rules: %.2f s (%,.0f rows/s)   plain Java: %.2f s (%,.0f rows/s)   ratio %.2f%n",
                    round == 0 ? "warm-up" : "round " + round, rs, r.rows() / rs, ps, r.rows() / ps, rs / ps);
            if (round > 0) {
                rules.add(rs);
                plain.add(ps);
            }
        }
        System.out.printf("median over %d rounds: rules %.2f s (min %.2f, max %.2f), plain Java %.2f s (min %.2f, max %.2f)%n",
                rounds, median(rules), Collections.min(rules), Collections.max(rules), median(plain),
                Collections.min(plain), Collections.max(plain));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
