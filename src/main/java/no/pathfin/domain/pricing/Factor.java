package no.pathfin.domain.pricing;

import java.math.BigDecimal;

/** One input of a formula: what it is, its value, and where the value comes from. */
public record Factor(String name, BigDecimal value, String source) {
}
