package no.pathfin.application.financing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.application.pricing.CompareVariants;
import no.pathfin.domain.costing.PathwayCost;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.financing.FinancedPlan;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * The analyst's question with the whole money: what each variant earns under each rule set and model (ISF or the
 * bundle), what it gets of the block grant, its income, and the revenue of one more such pathway, over a stated plan:
 * the compared variants, one of each, or the volumes given.
 */
public final class CompareIncome {

    private final CompareVariants compareVariants;
    private final FinancePlan financePlan;

    public CompareIncome(CompareVariants compareVariants, FinancePlan financePlan) {
        this.compareVariants = compareVariants;
        this.financePlan = financePlan;
    }

    /**
     * @param volumes planned pathways a year by pathway id or variant label (those left out are not planned); null
     *                for one of each compared variant
     */
    public FinancedComparison compare(List<Pathway> variants, List<String> ruleSets, List<FinancingModel> models,
                                      String baselineId, ParameterChanges overrides, Map<String, Long> volumes) {
        Comparison comparison = compareVariants.compare(variants, ruleSets, models, baselineId, overrides);
        Plan plan = volumes == null ? Plan.oneOfEach(variants, "compared variant")
                : Plans.of(variants, volumes.entrySet().stream().map(e -> new Plans.Volume(e.getKey(), e.getValue()))
                        .toList(), "volumes", true, "the volumes given");
        Map<String, PathwayCost> costs = new HashMap<>();
        Map<String, PathwayPricing> pricings = new HashMap<>();
        for (Comparison.Cell cell : comparison.cells()) {
            pricings.put(key(cell.ruleSet(), cell.pathwayId(), cell.model()), cell.pricing());
        }
        for (String ruleSet : comparison.ruleSets()) {
            for (Pathway variant : variants) {
                costs.put(FinancedComparison.key(ruleSet, variant.id()), financePlan.cost(variant, ruleSet));
            }
        }
        List<FinancedPlan> columns = new ArrayList<>();
        for (String ruleSet : comparison.ruleSets()) {
            for (FinancingModel model : comparison.models()) {
                columns.add(financePlan.finance(plan, ruleSet, model, overrides, new FinancePlan.Priced() {
                    @Override
                    public PathwayPricing perContact(Pathway pathway) {
                        return pricings.computeIfAbsent(key(ruleSet, pathway.id(), FinancingModel.PER_CONTACT),
                                k -> financePlan.perContact(pathway, ruleSet, overrides));
                    }

                    @Override
                    public PathwayPricing underModel(Pathway pathway) {
                        return pricings.get(key(ruleSet, pathway.id(), model));
                    }

                    @Override
                    public PathwayCost cost(Pathway pathway) {
                        return costs.get(FinancedComparison.key(ruleSet, pathway.id()));
                    }
                }));
            }
        }
        return new FinancedComparison(comparison, plan, columns, costs);
    }

    private static String key(String ruleSet, String pathwayId, FinancingModel model) {
        return ruleSet + "\u0000" + pathwayId + "\u0000" + model;
    }
}
