package no.pathfin.application.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.workbench.PathwayFixture;

/**
 * Checks that go beyond one rule set's own files (those — DRL compiling, shares within 0–1, no negative weight,
 * final rule sets not overlapping — are checked when a rule set loads): every group code a fixture uses exists in
 * the weight table of every rule set its expectations and stated differences name.
 */
public final class ValidateRuleSets {

    /** Something wrong, and which rule set and fixture it concerns. */
    public record Problem(String ruleSet, String fixture, String message) {
    }

    private final PathwayCatalog pathways;

    public ValidateRuleSets(PathwayCatalog pathways) {
        this.pathways = pathways;
    }

    public List<Problem> validate(RuleSets ruleSets) {
        List<Problem> problems = new ArrayList<>();
        for (PathwayFixture fixture : pathways.all()) {
            Set<String> named = new LinkedHashSet<>();
            fixture.expectations().forEach(e -> {
                if (e.ruleSet() != null) {
                    named.add(e.ruleSet());
                }
            });
            fixture.differences().forEach(d -> {
                named.add(d.from());
                named.add(d.to());
            });
            for (String id : named) {
                RuleSet ruleSet = ruleSets.byId(id).orElse(null);
                if (ruleSet == null) {
                    problems.add(new Problem(id, fixture.file(), "the fixture names rule set '" + id + "', which does not exist"));
                    continue;
                }
                Set<String> missing = new LinkedHashSet<>();
                for (Contact contact : fixture.pathway().contacts()) {
                    if (ruleSet.parameters().weights().find(contact.groupCode()).isEmpty()) {
                        missing.add(contact.groupCode());
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add(new Problem(id, fixture.file(), "group code(s) " + missing
                            + " used by the fixture are not in the weight table of " + id));
                }
            }
        }
        return problems;
    }
}
