package no.pathfin.domain.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.Money;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pricing.FinancingModel;

/**
 * A rule change over a stated plan and population, with the whole money it must give, worked by hand: the block
 * grant per planned pathway before and after, and each pathway's and the population's change of income.
 *
 * @param population the pathways assessed with their volumes; empty: the plan
 */
public record PlanFixture(String file, String id, String description, List<String> sources, String baseline,
                          String candidate, FinancingModel model, Compensation compensation, List<Line> plan,
                          List<Line> population, Expected expected) {

    /** A pathway and its volume a year. */
    public record Line(String pathwayId, long volume) {
    }

    /** An expected amount, with the arithmetic behind it. */
    public record Figure(Money amount, String working) {
    }

    /**
     * @param blockGrantBaseline  the block grant per planned pathway under the baseline (all schemes)
     * @param blockGrantCandidate the same under the candidate, compensated
     * @param incomeDifference    per pathway id, the change of one pathway's income
     * @param totalDifference     the change of the population's income
     */
    public record Expected(Figure blockGrantBaseline, Figure blockGrantCandidate, Map<String, Figure> incomeDifference,
                           Figure totalDifference) {
        public Expected {
            incomeDifference = Map.copyOf(incomeDifference);
        }
    }

    public PlanFixture {
        sources = List.copyOf(sources);
        plan = List.copyOf(plan);
        population = List.copyOf(population);
    }

    /** Every working written beside a figure. */
    public List<String> working() {
        List<String> working = new ArrayList<>();
        working.add(expected.blockGrantBaseline().working());
        working.add(expected.blockGrantCandidate().working());
        expected.incomeDifference().values().forEach(f -> working.add(f.working()));
        working.add(expected.totalDifference().working());
        return working;
    }
}
