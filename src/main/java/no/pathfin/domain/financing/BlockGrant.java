package no.pathfin.domain.financing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.Factor;

/**
 * The block grant of one financing scheme (setting) for a plan: the part of the activity-related funding that ISF
 * does not pay, allocated equally to every planned pathway (a patient's pathway is what it funds). The amount per
 * pathway is computed exactly and rounded once to øre, half up; the plan's block grant is that amount times the
 * number of planned pathways, so that it adds up.
 *
 * @param plannedPoints the cost-weight points of the planned activity in the scheme
 * @param formula       how the amount per pathway was computed, with its figures
 * @param factors       the formula's inputs, each with its source
 * @param basis         which rule set and compensation it follows
 */
public record BlockGrant(Setting setting, BigDecimal plannedPoints, long plannedPathways, BigDecimal exactPerPathway,
                         Money perPathway, String formula, List<Factor> factors, String basis) {

    public BlockGrant {
        factors = List.copyOf(factors);
    }

    /** The modelling assumption behind every block grant figure (DOMAIN §7). */
    public static final String ASSUMPTION = "ASSUMPTION: the block grant is modelled as the activity-related funding"
            + " ISF does not pay, (1 − ISF share) × unit price × planned points, with the unit price standing for the"
            + " average cost of a point; the real block grant is set in the state budget and distributed by the"
            + " regional authorities' own income models";

    /**
     * (1 − share) × unit price × planned points, per planned pathway.
     *
     * @param share     the ISF share whose complement the block grant pays, with its source
     * @param unitPrice kroner per point, with its source
     * @param plan      what the planned points are the points of
     */
    public static BlockGrant ofPoints(Setting setting, BigDecimal plannedPoints, long plannedPathways, Factor share,
                                      Factor unitPrice, String plan, String basis) {
        BigDecimal exact = BigDecimal.ONE.subtract(share.value()).multiply(unitPrice.value()).multiply(plannedPoints)
                .divide(BigDecimal.valueOf(plannedPathways), 10, RoundingMode.HALF_UP);
        Money perPathway = Money.rounded(exact);
        String formula = "(1 − " + Numbers.plain(share.value()) + ") × " + Numbers.grouped(unitPrice.value()) + " × "
                + Numbers.plain(plannedPoints) + " points / " + plannedPathways + " planned pathways = "
                + Numbers.grouped(perPathway.kroner());
        List<Factor> factors = List.of(share, unitPrice,
                new Factor("planned points", plannedPoints, "the cost weights of " + plan + ", this scheme's contacts"),
                new Factor("planned pathways", BigDecimal.valueOf(plannedPathways), plan),
                new Factor("rounding", BigDecimal.ONE, "once per pathway, to øre, half up; the plan's block grant is"
                        + " the amount per pathway times the planned pathways"));
        return new BlockGrant(setting, plannedPoints, plannedPathways, exact, perPathway, formula, factors,
                basis + "; " + ASSUMPTION);
    }

    /**
     * The baseline's block grant plus what the plan's ISF lost (or minus what it gained), per planned pathway: income
     * at plan unchanged.
     */
    public static BlockGrant neutral(BlockGrant baseline, Money isfBefore, Money isfAfter, String basis) {
        BigDecimal exact = baseline.exactPerPathway.add(isfBefore.minus(isfAfter).kroner()
                .divide(BigDecimal.valueOf(baseline.plannedPathways), 10, RoundingMode.HALF_UP));
        Money perPathway = Money.rounded(exact);
        String formula = Numbers.grouped(baseline.perPathway.kroner()) + " + (" + Numbers.grouped(isfBefore.kroner())
                + " − " + Numbers.grouped(isfAfter.kroner()) + ") / " + baseline.plannedPathways + " planned pathways = "
                + Numbers.grouped(perPathway.kroner());
        List<Factor> factors = List.of(
                new Factor("block grant per pathway before", baseline.perPathway.kroner(), baseline.basis),
                new Factor("the plan's ISF before", isfBefore.kroner(), "the plan priced under the baseline"),
                new Factor("the plan's ISF after", isfAfter.kroner(), "the plan priced under the candidate"),
                new Factor("planned pathways", BigDecimal.valueOf(baseline.plannedPathways), "the plan"));
        return new BlockGrant(baseline.setting, baseline.plannedPoints, baseline.plannedPathways, exact, perPathway,
                formula, factors, basis);
    }

    /** The same amount, kept as it was (a change left uncompensated). */
    public BlockGrant unchanged(String basis) {
        return new BlockGrant(setting, plannedPoints, plannedPathways, exactPerPathway, perPathway, formula, factors,
                basis);
    }

    /** The block grant of the whole plan: the amount per pathway times the planned pathways. */
    public Money total() {
        return perPathway.times(plannedPathways);
    }
}
