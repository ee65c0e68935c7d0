package no.pathfin.application.pricing;

import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.ruleset.ParameterChanges;

/** The analyst's question: what does each variant earn under each rule set and financing model, and how do they differ. */
public final class CompareVariants {

    private final RuleSets ruleSets;
    private final PricePathway pricePathway;

    public CompareVariants(RuleSets ruleSets, PricePathway pricePathway) {
        this.ruleSets = ruleSets;
        this.pricePathway = pricePathway;
    }

    /** @param baselineId the variant the others are measured against; null for the first */
    public Comparison compare(List<Pathway> variants, List<String> ruleSets, List<FinancingModel> models, String baselineId) {
        return compare(variants, ruleSets, models, baselineId, ParameterChanges.NONE);
    }

    public Comparison compare(List<Pathway> variants, List<String> ruleSets, List<FinancingModel> models,
                              String baselineId, ParameterChanges overrides) {
        RuleSets snapshot = this.ruleSets.snapshot();
        for (int i = 0; i < ruleSets.size(); i++) {
            String id = ruleSets.get(i);
            if (snapshot.byId(id).isEmpty()) {
                throw new InvalidRequestException("ruleSets[" + i + "]", "unknown rule set '" + id + "'");
            }
        }
        ruleSets = ruleSets.stream().distinct().toList();
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
        PricePathway pricePathway = this.pricePathway.on(snapshot);
        List<Comparison.Cell> cells = new ArrayList<>();
        for (String ruleSet : ruleSets) {
            List<List<PathwayPricing>> byVariant = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                byVariant.add(priceVariant(pricePathway, variants.get(i), i, models, ruleSet, overrides));
            }
            for (int m = 0; m < models.size(); m++) {
                FinancingModel model = models.get(m);
                int index = m;
                List<PathwayPricing> column = byVariant.stream().map(pricings -> pricings.get(index)).toList();
                Money baselineTotal = column.get(variants.indexOf(baseline)).total();
                for (PathwayPricing pricing : column) {
                    int rank = 1 + (int) column.stream().filter(o -> o.total().compareTo(pricing.total()) > 0).count();
                    Pathway pathway = pricing.pathway();
                    cells.add(new Comparison.Cell(pathway.id(), pathway.variant(), ruleSet, model, pricing,
                            pricing.total().minus(baselineTotal), rank));
                }
            }
        }
        return new Comparison(baseline.id(), ruleSets, models, overrides, cells);
    }

    /** A refusal about one variant's contacts names the variant: {@code pathways[1].contacts[2].groupCode}. */
    private static List<PathwayPricing> priceVariant(PricePathway pricePathway, Pathway variant, int index,
                                                     List<FinancingModel> models, String ruleSet, ParameterChanges overrides) {
        try {
            return pricePathway.priceAll(variant, models, ruleSet, overrides);
        } catch (InvalidRequestException e) {
            if (!e.field().startsWith("contacts")) {
                throw e;
            }
            throw new InvalidRequestException("pathways[" + index + "]." + e.field(),
                    variant.id() + ": " + e.getMessage().substring(e.field().length() + 2));
        }
    }
}
