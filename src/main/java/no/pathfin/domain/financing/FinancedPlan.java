package no.pathfin.domain.financing;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.costing.PathwayCost;
import no.pathfin.domain.pricing.FinancingModel;

/**
 * A plan financed under one rule set and model: the block grant of each scheme, and each planned pathway's whole
 * money. The plan's totals are sums of the pathways' figures times their volumes.
 */
public record FinancedPlan(Plan plan, String ruleSet, FinancingModel model, Compensation compensation,
                           List<BlockGrant> blockGrants, List<PathwayMoney> pathways) {

    /** One planned pathway: its volume, its planned points (all schemes), its money and its cost line by line. */
    public record PathwayMoney(String pathwayId, long volume, BigDecimal points, WholeMoney money, PathwayCost cost) {
    }

    public FinancedPlan {
        blockGrants = List.copyOf(blockGrants);
        pathways = List.copyOf(pathways);
    }

    /** What every planned pathway gets of the block grant: the sum over the schemes. */
    public Money blockGrantPerPathway() {
        return blockGrants.stream().map(BlockGrant::perPathway).reduce(Money.ZERO, Money::plus);
    }

    public Money isf() {
        return pathways.stream().map(p -> p.money().isf().times(p.volume())).reduce(Money.ZERO, Money::plus);
    }

    public Money blockGrant() {
        return pathways.stream().map(p -> p.money().blockGrant().times(p.volume())).reduce(Money.ZERO, Money::plus);
    }

    public Money income() {
        return isf().plus(blockGrant());
    }

    public Money cost() {
        return pathways.stream().map(p -> p.money().cost().times(p.volume())).reduce(Money.ZERO, Money::plus);
    }

    public Money margin() {
        return income().minus(cost());
    }

    public PathwayMoney of(String pathwayId) {
        return pathways.stream().filter(p -> p.pathwayId().equals(pathwayId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no planned pathway " + pathwayId));
    }
}
