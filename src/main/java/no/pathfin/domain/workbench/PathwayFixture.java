package no.pathfin.domain.workbench;

import java.util.List;
import java.util.Map;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;

/** A pathway with the revenue it must earn, stated by hand per rule set and financing model. */
public record PathwayFixture(Pathway pathway, String file, List<Expectation> expectations,
                             List<ExpectedDifference> differences) {

    public PathwayFixture {
        expectations = List.copyOf(expectations);
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    public PathwayFixture(Pathway pathway, String file, List<Expectation> expectations) {
        this(pathway, file, expectations, List.of());
    }

    /**
     * A stated change between two rule sets: of the total, or of the contacts of one setting only; as an amount, or
     * as a percentage of the first (compared at two decimals).
     */
    public record ExpectedDifference(String from, String to, FinancingModel model, Setting setting,
                                     java.math.BigDecimal amount, java.math.BigDecimal percent, String working) {
        public String label() {
            return from + " → " + to + " / " + Codes.of(model) + (setting == null ? "" : " / " + Codes.of(setting));
        }
    }

    /**
     * @param ruleSet the rule set to price every contact with, or null to choose it by each contact's date
     * @param lines   expected amount per contact id (may list only some contacts)
     * @param working the arithmetic behind the figures, for a reader
     */
    public record Expectation(String ruleSet, FinancingModel model, Money total, Map<String, Money> lines,
                              List<String> working) {
        public Expectation {
            lines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lines));
            working = List.copyOf(working);
        }

        public String label() {
            return (ruleSet == null ? "by contact date" : ruleSet) + " / " + Codes.of(model);
        }
    }
}
