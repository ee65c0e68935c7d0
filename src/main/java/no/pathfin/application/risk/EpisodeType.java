package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.util.Objects;
import no.pathfin.domain.Money;

/**
 * One kind of episode a hospital sees, how often (its share of the hospital's episodes), and what one such episode
 * brings in and costs under a payment design.
 */
public record EpisodeType(String pathwayId, BigDecimal share, Money income, Money cost) {

    public EpisodeType {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(cost, "cost");
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the share of " + pathwayId + " must be between 0 and 1, not " + share);
        }
    }

    public Money margin() {
        return income.minus(cost);
    }

    long incomeOre() {
        return income.kroner().movePointRight(2).longValueExact();
    }

    long marginOre() {
        return margin().kroner().movePointRight(2).longValueExact();
    }
}
