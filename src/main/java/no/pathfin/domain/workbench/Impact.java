package no.pathfin.domain.workbench;

import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.financing.FinancedPlan;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * What a rule change does to a population of pathways (each with a volume): each pathway's ISF under the baseline
 * and the candidate and the difference (per contact too), its income with the block grant of the plan, the winners
 * and losers, the change by setting and by contact mode, which rules fired differently, and the attribution of the
 * difference of ISF and of income to the changed parameters and rules. Totals are over the population, times the
 * volumes, and say which population they are over.
 */
public record Impact(String baseline, String candidate, FinancingModel model, ParameterChanges overrides,
                     Plan population, List<PathwayImpact> pathways, Summary summary, List<Split> bySetting,
                     List<Split> byMode, List<RulesChanged> rulesChanged, Attribution.Result attribution,
                     Income income) {

    public record ContactImpact(String contactId, String setting, String mode, Money baseline, Money candidate,
                                Money difference) {
    }

    /**
     * One pathway of the population: its ISF (one pathway) before and after, and its income, ISF + the block grant
     * per planned pathway, before and after.
     */
    public record PathwayImpact(String pathwayId, String variant, long volume, Money baseline, Money candidate,
                                Money difference, Money incomeBaseline, Money incomeCandidate, Money incomeDifference,
                                List<ContactImpact> contacts) {
    }

    /** ISF over the population (× volumes), and how many pathways gain, lose or stay. */
    public record Summary(Money baseline, Money candidate, Money difference, int winners, int losers, int unchanged) {
    }

    public record Split(String key, Money baseline, Money candidate, Money difference) {
    }

    /** A contact whose rules fired differently under the candidate. */
    public record RulesChanged(String pathwayId, String contactId, List<String> onlyBaseline, List<String> onlyCandidate) {
    }

    /**
     * Income on the population's activity: the block grant, set from the plan (fixed whatever the activity), plus
     * ISF on the population; before, and after with the block grant compensated as asked.
     */
    public record Income(Plan plan, Compensation compensation, FinancedPlan planBefore, FinancedPlan planAfter,
                         Money isfBaseline, Money isfCandidate, Money blockGrantBaseline, Money blockGrantCandidate,
                         Attribution.Result attribution) {

        public Money baseline() {
            return isfBaseline.plus(blockGrantBaseline);
        }

        public Money candidate() {
            return isfCandidate.plus(blockGrantCandidate);
        }

        public Money difference() {
            return candidate().minus(baseline());
        }
    }
}
