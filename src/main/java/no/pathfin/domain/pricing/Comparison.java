package no.pathfin.domain.pricing;

import java.util.List;
import java.util.Optional;
import no.pathfin.domain.Money;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * Pathway variants × rule sets × financing models: one cell per combination, each with its full pricing, its
 * difference from the baseline variant's total in the same column, and its rank in that column (1 earns most).
 */
public record Comparison(String baselinePathwayId, List<String> ruleSets, List<FinancingModel> models,
                         ParameterChanges overrides, List<Cell> cells) {

    public record Cell(String pathwayId, String variant, String ruleSet, FinancingModel model,
                       PathwayPricing pricing, Money differenceFromBaseline, int rank) {

        public Money total() {
            return pricing.total();
        }
    }

    public Comparison {
        ruleSets = List.copyOf(ruleSets);
        models = List.copyOf(models);
        cells = List.copyOf(cells);
    }

    public Optional<Cell> cell(String pathwayId, String ruleSet, FinancingModel model) {
        return cells.stream().filter(c -> c.pathwayId().equals(pathwayId) && c.ruleSet().equals(ruleSet)
                && c.model() == model).findFirst();
    }
}
