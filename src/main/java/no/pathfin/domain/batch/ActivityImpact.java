package no.pathfin.domain.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.domain.Money;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.workbench.Attribution;

/**
 * A rule change assessed over a year's activity (a repricing job's, or an activity file): the activity repriced under
 * the baseline (first scenario) and the candidate (second), the block grant set from the activity as the plan and
 * compensated as asked, per hospital and scheme; every figure is a sum of the repricing's lines.
 *
 * @param population what the activity is ("the activity of repricing job …")
 * @param overrides  the what-if overrides the candidate was priced under
 */
public record ActivityImpact(String population, ParameterChanges overrides, Compensation compensation,
                             Repricing repricing) {

    /** One hospital: its schemes' figures summed, under the baseline and the candidate. */
    public record Hospital(String hospital, long contacts, ActivityMoney.Figures baseline,
                           ActivityMoney.Figures candidate, List<ActivityMoney.Line> schemes) {

        public Money incomeDifference() {
            return candidate.income().minus(baseline.income());
        }
    }

    /** The attribution of the change of ISF over the whole activity, when asked for (per contact only). */
    public Attribution.Result isfAttribution() {
        return repricing.attribution().get("total");
    }

    /** The attribution of the change of income (ISF + the compensated block grant). */
    public Attribution.Result incomeAttribution() {
        return repricing.attribution().get("income");
    }

    /** Baseline and candidate summed over every hospital and scheme. */
    public List<ActivityMoney.Figures> total() {
        return repricing.money().total(2);
    }

    /** Each hospital, the largest change of income first. */
    public List<Hospital> byHospital() {
        Map<String, List<ActivityMoney.Line>> lines = new TreeMap<>();
        for (ActivityMoney.Line line : repricing.money().lines()) {
            lines.computeIfAbsent(line.hospital(), h -> new ArrayList<>()).add(line);
        }
        List<Hospital> hospitals = new ArrayList<>();
        lines.forEach((name, schemes) -> {
            ActivityMoney money = new ActivityMoney("", "", schemes);
            List<ActivityMoney.Figures> sum = money.total(2);
            hospitals.add(new Hospital(name, schemes.stream().mapToLong(ActivityMoney.Line::contacts).sum(),
                    sum.get(0), sum.get(1), List.copyOf(schemes)));
        });
        hospitals.sort(Comparator.comparing((Hospital h) -> h.incomeDifference().kroner().abs()).reversed()
                .thenComparing(Hospital::hospital));
        return hospitals;
    }
}
