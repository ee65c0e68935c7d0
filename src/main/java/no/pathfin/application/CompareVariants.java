package no.pathfin.application;

import java.util.ArrayList;
import java.util.List;
import no.pathfin.domain.Comparison;
import no.pathfin.domain.FinancingModel;
import no.pathfin.domain.Money;
import no.pathfin.domain.Pathway;
import no.pathfin.domain.PathwayPricing;

/** The analyst's question: what does each variant earn under each rule set and financing model, and how do they differ. */
public final class CompareVariants {

    private final PricePathway pricePathway;

    public CompareVariants(PricePathway pricePathway) {
        this.pricePathway = pricePathway;
    }

    /** @param baselineId the variant the others are measured against; null for the first */
    public Comparison compare(List<Pathway> variants, List<String> ruleSets, List<FinancingModel> models, String baselineId) {
        if (variants.isEmpty()) {
            throw new InvalidRequestException("pathways", "name at least one pathway to compare");
        }
        if (ruleSets.isEmpty()) {
            throw new InvalidRequestException("ruleSets", "name at least one rule set");
        }
        if (models.isEmpty()) {
            throw new InvalidRequestException("models", "name at least one financing model");
        }
        Pathway baseline = baselineId == null ? variants.get(0) : variants.stream()
                .filter(p -> p.id().equals(baselineId) || p.variant().equals(baselineId)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("baseline", "'" + baselineId
                        + "' is not one of the compared pathways"));
        List<Comparison.Cell> cells = new ArrayList<>();
        for (String ruleSet : ruleSets) {
            for (FinancingModel model : models) {
                List<PathwayPricing> column = variants.stream().map(p -> pricePathway.price(p, model, ruleSet)).toList();
                Money baselineTotal = column.get(variants.indexOf(baseline)).total();
                for (PathwayPricing pricing : column) {
                    int rank = 1 + (int) column.stream().filter(o -> o.total().compareTo(pricing.total()) > 0).count();
                    Pathway pathway = pricing.pathway();
                    cells.add(new Comparison.Cell(pathway.id(), pathway.variant(), ruleSet, model, pricing,
                            pricing.total().minus(baselineTotal), rank));
                }
            }
        }
        return new Comparison(baseline.id(), ruleSets, models, cells);
    }
}
