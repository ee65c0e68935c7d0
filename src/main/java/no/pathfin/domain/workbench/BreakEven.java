package no.pathfin.domain.workbench;

import java.util.List;
import no.pathfin.domain.Money;

/**
 * A price found so that a total comes out as a target: the price (exact to the øre), the target, the total at that
 * price and what is left over (never more than the total moves for one øre of price), how it was found, and who
 * gains and who loses at that price; for a change of the unit price's rule set, beside it the answer a ministry
 * needs: the block grant compensation that keeps the mix's income (or null where it does not apply).
 */
public record BreakEven(String what, Money price, Money target, Money total, Money residual, String method,
                        List<Effect> effects, BlockGrantCompensation compensation) {

    public BreakEven {
        effects = List.copyOf(effects);
    }

    /** One pathway variant at the found price, with its volume. */
    public record Effect(String pathwayId, long volume, Money before, Money after, Money difference) {
    }
}
