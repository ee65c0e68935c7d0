package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.adapter.json.bodies.PricingBodies.FactorBody;
import no.pathfin.adapter.json.bodies.PricingBodies.LineBody;
import no.pathfin.adapter.json.bodies.PricingBodies.RuleSetUseBody;
import no.pathfin.domain.Codes;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.costing.PathwayCost;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.financing.FinancedPlan;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.financing.WholeMoney;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.Factor;

/**
 * The answer to a comparison, as the contract defines it (Comparison): every cell with its lines and whole money,
 * the plan, the block grants and the costings. The API answers with it and the command line's {@code --json} writes
 * it, so that both give the same JSON.
 */
public final class ComparisonBodies {

    private ComparisonBodies() {
    }

    public record MoneyBody(BigDecimal isf, BigDecimal blockGrant, BigDecimal income, BigDecimal marginalRevenue,
                            BigDecimal cost, BigDecimal margin, BigDecimal marginalCost, BigDecimal marginalMargin,
                            BigDecimal personnelHours) {
    }

    public record CostLineBody(String contactId, BigDecimal exact, BigDecimal amount, String formula,
                               List<FactorBody> factors, Map<String, BigDecimal> minutes) {
    }

    public record CostingBody(String ruleSet, String pathwayId, List<CostLineBody> lines,
                              Map<String, BigDecimal> minutes, FactorBody marginalCostShare) {
    }

    public record CellBody(String pathwayId, String variant, String ruleSet, String model, BigDecimal total,
                           BigDecimal differenceFromBaseline, int rank, MoneyBody money,
                           List<RuleSetUseBody> reproducibility, List<LineBody> lines) {
    }

    public record PlannedBody(String pathwayId, long volume) {
    }

    public record PlanBody(String description, long pathways, List<PlannedBody> planned) {
    }

    public record BlockGrantBody(String ruleSet, String model, String scheme, BigDecimal plannedPoints,
                                 long plannedPathways, BigDecimal perPathway, BigDecimal total, String formula,
                                 List<FactorBody> factors,
                                 @JsonSerialize(using = Phrase.class) String basis) {
    }

    public record RankingBody(String ruleSet, String model, List<String> pathwayIds) {
    }

    public record ComparisonBody(String baseline, List<String> ruleSets, List<String> models,
                                 OverridesBody overrides, PlanBody plan, List<BlockGrantBody> blockGrants,
                                 List<CostingBody> costings, List<CellBody> cells, List<RankingBody> ranking) {
    }

    /** @param overrides the overrides the request sent, echoed; null for none */
    public static ComparisonBody comparison(FinancedComparison financed, OverridesBody overrides) {
        Comparison c = financed.comparison();
        List<CellBody> cells = c.cells().stream().map(cell -> new CellBody(cell.pathwayId(), cell.variant(),
                cell.ruleSet(), Codes.of(cell.model()), cell.total().kroner(), cell.differenceFromBaseline().kroner(),
                cell.rank(), money(financed.money(cell)), PricingBodies.uses(cell.pricing().ruleSetsUsed()),
                PricingBodies.lines(cell.pricing()))).toList();
        List<RankingBody> ranking = new java.util.ArrayList<>();
        for (String ruleSet : c.ruleSets()) {
            for (var model : c.models()) {
                List<String> order = c.cells().stream().filter(x -> x.ruleSet().equals(ruleSet) && x.model() == model)
                        .sorted(java.util.Comparator.comparingInt(Comparison.Cell::rank)).map(Comparison.Cell::pathwayId)
                        .toList();
                ranking.add(new RankingBody(ruleSet, Codes.of(model), order));
            }
        }
        return new ComparisonBody(c.baselinePathwayId(), c.ruleSets(), c.models().stream().map(Codes::of).toList(),
                overrides, plan(financed.plan()), blockGrants(financed.columns()), costings(financed), cells, ranking);
    }

    public static PlanBody plan(Plan plan) {
        return new PlanBody(plan.description(), plan.count(), plan.pathways().stream()
                .map(p -> new PlannedBody(p.pathway().id(), p.volume())).toList());
    }

    public static List<BlockGrantBody> blockGrants(List<FinancedPlan> columns) {
        List<BlockGrantBody> grants = new java.util.ArrayList<>();
        for (FinancedPlan column : columns) {
            for (BlockGrant grant : column.blockGrants()) {
                if (grant.plannedPoints().signum() != 0) {
                    grants.add(blockGrant(grant, column.ruleSet(), Codes.of(column.model())));
                }
            }
        }
        return grants;
    }

    public static BlockGrantBody blockGrant(BlockGrant grant, String ruleSet, String model) {
        return new BlockGrantBody(ruleSet, model, Codes.of(grant.setting()), grant.plannedPoints(),
                grant.plannedPathways(), grant.perPathway().kroner(), grant.total().kroner(), grant.formula(),
                PricingBodies.factors(grant.factors()), grant.basis());
    }

    public static MoneyBody money(WholeMoney m) {
        return new MoneyBody(m.isf().kroner(), m.blockGrant().kroner(), m.income().kroner(),
                m.marginalRevenue().kroner(), m.cost().kroner(), m.margin().kroner(), m.marginalCost().kroner(),
                m.marginalMargin().kroner(), m.personnelHours());
    }

    /** Each compared pathway's cost under each rule set, once (it does not depend on the financing model). */
    static List<CostingBody> costings(FinancedComparison financed) {
        List<CostingBody> costings = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Comparison.Cell cell : financed.comparison().cells()) {
            if (seen.add(FinancedComparison.key(cell.ruleSet(), cell.pathwayId()))) {
                costings.add(costing(cell.ruleSet(), cell.pathwayId(), financed.cost(cell)));
            }
        }
        return costings;
    }

    public static CostingBody costing(String ruleSet, String pathwayId, PathwayCost cost) {
        List<CostLineBody> lines = cost.lines().stream().map(l -> new CostLineBody(l.contactId(), l.exact(),
                l.amount().kroner(), l.formula(), PricingBodies.factors(l.factors()), minutes(l.minutes()))).toList();
        Factor share = cost.marginalCostShare();
        return new CostingBody(ruleSet, pathwayId, lines, minutes(cost.minutes()),
                new FactorBody(share.name(), share.value(), share.source()));
    }

    private static Map<String, BigDecimal> minutes(Map<PersonnelGroup, BigDecimal> minutes) {
        Map<String, BigDecimal> byCode = new TreeMap<>();
        minutes.forEach((group, m) -> byCode.put(Codes.of(group), m));
        return byCode;
    }
}
