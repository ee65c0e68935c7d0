package no.pathfin.domain.financing;

import java.util.List;
import java.util.Map;
import no.pathfin.domain.costing.PathwayCost;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.FinancingModel;

/**
 * A comparison of variants with the whole money of each cell: the plan the block grants are set from, and, per rule
 * set and model, that plan financed.
 */
public record FinancedComparison(Comparison comparison, Plan plan, List<FinancedPlan> columns,
                                 Map<String, PathwayCost> costs) {

    public FinancedComparison {
        columns = List.copyOf(columns);
        costs = Map.copyOf(costs);
    }

    /** The key of a pathway's cost under a rule set. */
    public static String key(String ruleSet, String pathwayId) {
        return ruleSet + "\u0000" + pathwayId;
    }

    /** What a cell's pathway costs by its rule set's figures. */
    public PathwayCost cost(Comparison.Cell cell) {
        return costs.get(key(cell.ruleSet(), cell.pathwayId()));
    }

    /** The plan financed under one rule set and model. */
    public FinancedPlan column(String ruleSet, FinancingModel model) {
        return columns.stream().filter(c -> c.ruleSet().equals(ruleSet) && c.model() == model).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + ruleSet + " / " + model));
    }

    /** A cell's whole money: its own ISF, and the block grant its column gives each planned pathway. */
    public WholeMoney money(Comparison.Cell cell) {
        FinancedPlan column = column(cell.ruleSet(), cell.model());
        return WholeMoney.of(cell.total(), column.blockGrantPerPathway(), cost(cell));
    }
}
