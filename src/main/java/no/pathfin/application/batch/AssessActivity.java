package no.pathfin.application.batch;

import java.util.List;
import no.pathfin.domain.batch.ActivityImpact;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * A rule change over a year's activity rather than over pathway fixtures: the activity is repriced under the baseline
 * and the candidate (the baseline with overrides when no candidate is named), the activity is its own plan, and the
 * block grant meets the change as the compensation says. Per contact, the change of ISF and of income is attributed
 * to each changed parameter and to the rules.
 */
public final class AssessActivity {

    /** The change assessed. */
    public record Change(String baselineId, String candidateId, ParameterChanges overrides, FinancingModel model,
                         Compensation compensation) {
    }

    private final RepriceActivity repriceActivity;
    private final int threads;

    public AssessActivity(RepriceActivity repriceActivity, int threads) {
        this.repriceActivity = repriceActivity;
        this.threads = threads;
    }

    /** @param population what the activity is, for the answer's label */
    public ActivityImpact assess(ActivitySource activity, String population, Change change) {
        List<RepriceActivity.Scenario> scenarios = List.of(
                new RepriceActivity.Scenario(change.baselineId(), change.model()),
                new RepriceActivity.Scenario(change.candidateId() == null ? change.baselineId() : change.candidateId(),
                        change.model(), change.overrides()));
        RepriceActivity.Result result = repriceActivity.reprice(activity, null, scenarios,
                new RepriceActivity.Options(threads, false, 20, change.model() == FinancingModel.PER_CONTACT,
                        change.compensation()),
                (read, total, rows) -> { }, RepricingResults.NONE);
        return new ActivityImpact(population, change.overrides(), change.compensation(), result.repricing());
    }
}
