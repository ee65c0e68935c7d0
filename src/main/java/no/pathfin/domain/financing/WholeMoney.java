package no.pathfin.domain.financing;

import no.pathfin.domain.Money;

/**
 * What one pathway brings a hospital: its ISF (or bundle payment), its share of the block grant, their sum, and the
 * revenue of one more such pathway above plan (activity above plan earns ISF at the full share, and no block grant).
 */
public record WholeMoney(Money isf, Money blockGrant, Money income, Money marginalRevenue) {

    public WholeMoney {
        if (!isf.plus(blockGrant).equals(income)) {
            throw new IllegalArgumentException("income " + income + " is not ISF " + isf + " + block grant " + blockGrant);
        }
    }

    public static WholeMoney of(Money isf, Money blockGrant) {
        return new WholeMoney(isf, blockGrant, isf.plus(blockGrant), isf);
    }
}
