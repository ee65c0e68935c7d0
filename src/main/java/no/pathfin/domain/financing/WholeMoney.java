package no.pathfin.domain.financing;

import java.math.BigDecimal;
import no.pathfin.domain.Money;
import no.pathfin.domain.costing.PathwayCost;

/**
 * What one pathway brings a hospital and what it costs, on average and at the margin: its ISF (or bundle payment),
 * its share of the block grant, their sum (income), its cost, and the margin income − cost; one more such pathway
 * above plan earns its ISF and no block grant (marginal revenue), costs its marginal cost, and leaves the marginal
 * margin ISF − marginal cost. Personnel hours are those of one pathway.
 */
public record WholeMoney(Money isf, Money blockGrant, Money income, Money marginalRevenue, Money cost, Money margin,
                         Money marginalCost, Money marginalMargin, BigDecimal personnelHours) {

    public WholeMoney {
        if (!isf.plus(blockGrant).equals(income)) {
            throw new IllegalArgumentException("income " + income + " is not ISF " + isf + " + block grant " + blockGrant);
        }
        if (!income.minus(cost).equals(margin) || !marginalRevenue.minus(marginalCost).equals(marginalMargin)) {
            throw new IllegalArgumentException("a margin is not revenue − cost");
        }
    }

    public static WholeMoney of(Money isf, Money blockGrant, PathwayCost cost) {
        Money income = isf.plus(blockGrant);
        Money marginalCost = cost.marginal();
        return new WholeMoney(isf, blockGrant, income, isf, cost.total(), income.minus(cost.total()), marginalCost,
                isf.minus(marginalCost), cost.hours());
    }
}
