package no.pathfin.adapter.web;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.domain.Codes;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.costing.PathwayCost;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.financing.FinancedPlan;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.financing.WholeMoney;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.ruleset.RuleSetUse;

/** Response bodies of pricings and comparisons, as the contract defines them: every line with its explanation. */
final class ResponseBodies {

    private ResponseBodies() {
    }

    record RuleBody(@JsonSerialize(using = Phrase.class) String name,
                    @JsonSerialize(using = Phrase.class) String regulation) {
    }

    record FactorBody(@JsonSerialize(using = Phrase.class) String name, BigDecimal value,
                      @JsonSerialize(using = Phrase.class) String source) {
    }

    record ComponentBody(@JsonSerialize(using = Phrase.class) String label,
                         @JsonSerialize(using = Phrase.class) String rule, List<FactorBody> factors, BigDecimal exact,
                         BigDecimal amount, @JsonSerialize(using = Phrase.class) String formula) {
    }

    record LineBody(String contactId, LocalDate date, String kind, String mode, String setting, String ruleSet,
                    @JsonSerialize(using = Phrase.class) String ruleSetHash, String perContactRuleSet,
                    @JsonSerialize(using = Phrase.class) String perContactRuleSetHash, BigDecimal amount,
                    List<RuleBody> rulesFired, List<ComponentBody> components,
                    @JsonSerialize(contentUsing = Phrase.class) List<String> notes) {
    }

    record RuleSetUseBody(String ruleSet, String contentHash, String overridesHash) {
    }

    record PricingBody(String pathwayId, String variant, String model, String ruleSet,
                       RequestBodies.OverridesBody overrides, List<RuleSetUseBody> reproducibility,
                       List<LineBody> lines, BigDecimal total) {
    }

    record MoneyBody(BigDecimal isf, BigDecimal blockGrant, BigDecimal income, BigDecimal marginalRevenue,
                     BigDecimal cost, BigDecimal margin, BigDecimal marginalCost, BigDecimal marginalMargin,
                     BigDecimal personnelHours) {
    }

    record CostLineBody(String contactId, BigDecimal exact, BigDecimal amount, String formula, List<FactorBody> factors,
                        Map<String, BigDecimal> minutes) {
    }

    record CostingBody(String ruleSet, String pathwayId, List<CostLineBody> lines, Map<String, BigDecimal> minutes,
                       FactorBody marginalCostShare) {
    }

    record CellBody(String pathwayId, String variant, String ruleSet, String model, BigDecimal total,
                    BigDecimal differenceFromBaseline, int rank, MoneyBody money,
                    List<RuleSetUseBody> reproducibility, List<LineBody> lines) {
    }

    record PlannedBody(String pathwayId, long volume) {
    }

    record PlanBody(String description, long pathways, List<PlannedBody> planned) {
    }

    record BlockGrantBody(String ruleSet, String model, String scheme, BigDecimal plannedPoints, long plannedPathways,
                          BigDecimal perPathway, BigDecimal total, String formula, List<FactorBody> factors,
                          @JsonSerialize(using = Phrase.class) String basis) {
    }

    record RankingBody(String ruleSet, String model, List<String> pathwayIds) {
    }

    record ComparisonBody(String baseline, List<String> ruleSets, List<String> models,
                          RequestBodies.OverridesBody overrides, PlanBody plan, List<BlockGrantBody> blockGrants,
                          List<CostingBody> costings, List<CellBody> cells, List<RankingBody> ranking) {
    }

    static PricingBody pricing(PathwayPricing p, RequestBodies.OverridesBody overrides) {
        return new PricingBody(p.pathway().id(), p.pathway().variant(), Codes.of(p.model()), p.requestedRuleSet(),
                overrides, uses(p.ruleSetsUsed()), lines(p), p.total().kroner());
    }

    static ComparisonBody comparison(FinancedComparison financed, RequestBodies.OverridesBody overrides) {
        Comparison c = financed.comparison();
        List<CellBody> cells = c.cells().stream().map(cell -> new CellBody(cell.pathwayId(), cell.variant(),
                cell.ruleSet(), Codes.of(cell.model()), cell.total().kroner(), cell.differenceFromBaseline().kroner(),
                cell.rank(), money(financed.money(cell)), uses(cell.pricing().ruleSetsUsed()), lines(cell.pricing())))
                .toList();
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

    static PlanBody plan(Plan plan) {
        return new PlanBody(plan.description(), plan.count(), plan.pathways().stream()
                .map(p -> new PlannedBody(p.pathway().id(), p.volume())).toList());
    }

    static List<BlockGrantBody> blockGrants(List<FinancedPlan> columns) {
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

    static BlockGrantBody blockGrant(BlockGrant grant, String ruleSet, String model) {
        return new BlockGrantBody(ruleSet, model, Codes.of(grant.setting()), grant.plannedPoints(),
                grant.plannedPathways(), grant.perPathway().kroner(), grant.total().kroner(), grant.formula(),
                factors(grant.factors()), grant.basis());
    }

    static MoneyBody money(WholeMoney m) {
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

    static CostingBody costing(String ruleSet, String pathwayId, PathwayCost cost) {
        List<CostLineBody> lines = cost.lines().stream().map(l -> new CostLineBody(l.contactId(), l.exact(),
                l.amount().kroner(), l.formula(), factors(l.factors()), minutes(l.minutes()))).toList();
        Factor share = cost.marginalCostShare();
        return new CostingBody(ruleSet, pathwayId, lines, minutes(cost.minutes()),
                new FactorBody(share.name(), share.value(), share.source()));
    }

    private static Map<String, BigDecimal> minutes(Map<PersonnelGroup, BigDecimal> minutes) {
        Map<String, BigDecimal> byCode = new TreeMap<>();
        minutes.forEach((group, m) -> byCode.put(Codes.of(group), m));
        return byCode;
    }

    static List<FactorBody> factors(List<Factor> factors) {
        return factors.stream().map(f -> new FactorBody(f.name(), f.value(), f.source())).toList();
    }

    static List<RuleSetUseBody> uses(List<RuleSetUse> uses) {
        return uses.stream().map(u -> new RuleSetUseBody(u.id(), u.contentHash(), u.overridesHash())).toList();
    }

    private static List<LineBody> lines(PathwayPricing p) {
        return p.lines().stream().map(ResponseBodies::line).toList();
    }

    private static LineBody line(PricedContact l) {
        Contact c = l.contact();
        return new LineBody(c.id(), c.date(), Codes.of(c.kind()), Codes.of(c.mode()), Codes.of(c.setting()),
                l.ruleSetId(), l.ruleSetHash(), l.perContactRuleSetId(), l.perContactRuleSetHash(), l.amount().kroner(),
                l.rulesFired().stream().map(r -> new RuleBody(r.name(), r.regulation())).toList(),
                l.components().stream().map(ResponseBodies::component).toList(), l.notes());
    }

    private static ComponentBody component(Component c) {
        return new ComponentBody(c.label(), c.rule().name(),
                factors(c.factors()),
                c.exact(), c.amount().kroner(), c.formula());
    }

}
