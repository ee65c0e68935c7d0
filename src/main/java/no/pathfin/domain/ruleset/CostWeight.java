package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.Objects;

/** One row of a weight table: a group code, what it is, its cost weight in DRG points, and its source. */
public record CostWeight(String groupCode, String description, BigDecimal weight, String source) {

    public CostWeight {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("cost weight of " + groupCode + " must not be negative");
        }
    }

    public boolean illustrative() {
        return source != null && source.toLowerCase(java.util.Locale.ROOT).contains("illustrative");
    }
}
