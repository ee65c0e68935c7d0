package no.pathfin.domain;

import java.util.List;
import java.util.Map;

/** A pathway with the revenue it must earn, stated by hand per rule set and financing model. */
public record PathwayFixture(Pathway pathway, String file, List<Expectation> expectations) {

    public PathwayFixture {
        expectations = List.copyOf(expectations);
    }

    /**
     * @param ruleSet the rule set to price every contact with, or null to choose it by each contact's date
     * @param lines   expected amount per contact id (may list only some contacts)
     * @param working the arithmetic behind the figures, for a reader
     */
    public record Expectation(String ruleSet, FinancingModel model, Money total, Map<String, Money> lines,
                              List<String> working) {
        public Expectation {
            lines = Map.copyOf(lines);
            working = List.copyOf(working);
        }

        public String label() {
            return (ruleSet == null ? "by contact date" : ruleSet) + " / " + Codes.of(model);
        }
    }
}
