package no.pathfin.application.workbench;

import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.workbench.ChannelShift;

/** Prices a pathway set before and after a channel shift, under one or more rule sets and financing models. */
public final class ShiftChannels {

    /** One rule set and model: the set's total before and after, and per pathway. */
    public record Outcome(String ruleSet, FinancingModel model, Money before, Money after, List<PathwayOutcome> pathways) {
        public Money difference() {
            return after.minus(before);
        }
    }

    public record PathwayOutcome(String pathwayId, Money before, Money after) {
    }

    public record Result(ChannelShift shift, int matching, int moved, List<Outcome> outcomes) {
    }

    private final PricePathway pricePathway;

    public ShiftChannels(PricePathway pricePathway) {
        this.pricePathway = pricePathway;
    }

    public Result price(List<Pathway> pathways, ChannelShift shift, List<String> ruleSets, List<FinancingModel> models) {
        if (pathways.isEmpty() || ruleSets.isEmpty() || models.isEmpty()) {
            throw new InvalidRequestException("pathways", "name pathways, rule sets and models");
        }
        ChannelShift.Result shifted = shift.apply(pathways);
        List<Outcome> outcomes = new ArrayList<>();
        for (int r = 0; r < ruleSets.size(); r++) {
            for (FinancingModel model : models) {
                List<PathwayOutcome> rows = new ArrayList<>();
                Money before = Money.ZERO;
                Money after = Money.ZERO;
                for (int i = 0; i < pathways.size(); i++) {
                    Money a = price(pathways.get(i), model, ruleSets.get(r), r);
                    Money b = price(shifted.pathways().get(i), model, ruleSets.get(r), r);
                    rows.add(new PathwayOutcome(pathways.get(i).id(), a, b));
                    before = before.plus(a);
                    after = after.plus(b);
                }
                outcomes.add(new Outcome(ruleSets.get(r), model, before, after, rows));
            }
        }
        return new Result(shift, shifted.matching(), shifted.moved(), outcomes);
    }

    private Money price(Pathway pathway, FinancingModel model, String ruleSet, int index) {
        try {
            return pricePathway.price(pathway, model, ruleSet).total();
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.field().equals("ruleSet") ? "ruleSets[" + index + "]" : e.field(),
                    e.getMessage().substring(e.field().length() + 2));
        }
    }
}
