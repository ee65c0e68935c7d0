package no.pathfin.application.ruleset;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;

/**
 * Chooses the rule set for a contact by the contact's own date (never by the clock): the rule set whose validity
 * contains the date, preferring final over preliminary over scenario rule sets. A named rule set overrides this.
 */
public final class RuleSetChoice {

    private final RuleSets ruleSets;

    public RuleSetChoice(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    public RuleSet named(String id, String field) {
        return ruleSets.byId(id).orElseThrow(() -> new InvalidRequestException(field, "unknown rule set '" + id
                + "'; known: " + ruleSets.all().stream().map(r -> r.info().id()).collect(Collectors.joining(", "))));
    }

    public RuleSet forDate(LocalDate date, String field) {
        List<RuleSet> covering = ruleSets.all().stream().filter(r -> r.info().validity().contains(date))
                .sorted(Comparator.comparing(r -> r.info().status())).toList();
        if (covering.isEmpty()) {
            throw new InvalidRequestException(field, "no rule set covers " + date + "; rule sets cover "
                    + ruleSets.all().stream().map(r -> r.info().id() + " " + r.info().validity())
                    .collect(Collectors.joining(", ")));
        }
        if (covering.size() > 1 && covering.get(0).info().status() == covering.get(1).info().status()) {
            throw new InvalidRequestException(field, "both " + covering.get(0).info().id() + " and "
                    + covering.get(1).info().id() + " cover " + date + "; name the rule set to use");
        }
        return covering.get(0);
    }
}
