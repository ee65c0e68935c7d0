package no.pathfin.adapter.json.bodies;

import java.time.LocalDate;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ruleset.RuleSetInfo;

/**
 * A rule set in one line, as the contract defines it (RuleSetSummary): the items of {@code GET /api/v1/rule-sets}
 * and of {@code pathfin rule-sets --json}.
 */
public record RuleSetSummary(String id, String title, String description, String status, LocalDate validFrom,
                             LocalDate validTo, String contentHash) {

    public static RuleSetSummary of(RuleSetInfo i) {
        return new RuleSetSummary(i.id(), i.title(), i.description(), Codes.of(i.status()), i.validity().from(),
                i.validity().to(), i.contentHash());
    }
}
