package no.pathfin.domain.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * How a year's activity is projected and financed year by year: the base year, the years, the demography (a
 * population table and its alternative, and the region of each health trust), the rules of each year, and the
 * financing (what share of the previous year's growth the block grant funds).
 *
 * @param population        persons by region and year, or null: no demographic change
 * @param changes           change factors, applied in order after demography
 * @param rules             rule sets by year, each from its year until the next; empty: each year's rule set by date
 * @param demographyFunded  the share of the growth of the previous year's activity over the base year that the
 *                          block grant funds (1: all of it; about 0.80 historically), with its source
 * @param hoursPerFte       personnel hours a full-time equivalent works in a year, with its source
 */
public record ProjectionScenario(String name, String description, int baseYear, int firstYear, int lastYear,
                                 PopulationTable population, String alternative, Map<String, String> regions,
                                 List<ChangeFactor> changes, List<RuleStep> rules, Factor demographyFunded,
                                 Factor hoursPerFte) {

    /** From {@code from} on (until the next step), this rule set with these changes of its parameters. */
    public record RuleStep(int from, String ruleSetId, ParameterChanges changes) {
    }

    public ProjectionScenario {
        regions = Map.copyOf(regions);
        changes = List.copyOf(changes);
        rules = List.copyOf(rules);
        for (ChangeFactor change : changes) {
            if (change.targetYear() <= baseYear) {
                throw new IllegalArgumentException("changes." + change.name() + ".targetYear: after the base year "
                        + baseYear);
            }
        }
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("years: the first year " + firstYear + " is after the last " + lastYear);
        }
        if (firstYear <= baseYear) {
            throw new IllegalArgumentException("years: the first projected year must come after the base year "
                    + baseYear);
        }
        if (demographyFunded.value().signum() < 0 || demographyFunded.value().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("financing.demographyFunded: a share from 0 to 1");
        }
    }

    /** The step in force in a year, or null when the rules go by date. */
    public RuleStep ruleStep(int year) {
        RuleStep inForce = null;
        for (RuleStep step : rules) {
            if (step.from() <= year && (inForce == null || step.from() > inForce.from())) {
                inForce = step;
            }
        }
        return inForce;
    }
}
