package no.pathfin.domain.workbench;

import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * What a rule change does to a set of pathways: each pathway's baseline and candidate totals and the difference
 * (per contact too), the winners and losers, the change by setting and by contact mode, which rules fired
 * differently, and the attribution of the total difference to the changed parameters and rules.
 */
public record Impact(String baseline, String candidate, FinancingModel model, ParameterChanges overrides,
                     List<PathwayImpact> pathways, Summary summary, List<Split> bySetting, List<Split> byMode,
                     List<RulesChanged> rulesChanged, Attribution.Result attribution) {

    public record ContactImpact(String contactId, String setting, String mode, Money baseline, Money candidate,
                                Money difference) {
    }

    public record PathwayImpact(String pathwayId, String variant, Money baseline, Money candidate, Money difference,
                                List<ContactImpact> contacts) {
    }

    public record Summary(Money baseline, Money candidate, Money difference, int winners, int losers, int unchanged) {
    }

    public record Split(String key, Money baseline, Money candidate, Money difference) {
    }

    /** A contact whose rules fired differently under the candidate. */
    public record RulesChanged(String pathwayId, String contactId, List<String> onlyBaseline, List<String> onlyCandidate) {
    }
}
