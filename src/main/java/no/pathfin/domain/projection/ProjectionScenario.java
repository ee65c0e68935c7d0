package no.pathfin.domain.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.quality.QualityIndicators;
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
 * @param quality           the quality indicator points that share each year's quality pot among the trusts, or
 *                          null: no quality pot in the projection
 */
public record ProjectionScenario(String name, String description, int baseYear, int firstYear, int lastYear,
                                 PopulationTable population, String alternative, Map<String, String> regions,
                                 List<ChangeFactor> changes, List<RuleStep> rules, Factor demographyFunded,
                                 Factor hoursPerFte, QualityIndicators quality) {

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

    /**
     * What differs from another scenario, as items that can be switched on one by one for attribution:
     * "demography" (population, alternative, regions), "change NAME" for each change factor that differs or exists in
     * one only, "rules" (the rule path), "financing" (the funded share of growth, hours per FTE) and "quality" (the
     * indicator points that share the quality pot); each with what it changes.
     */
    public Map<String, String> differences(ProjectionScenario candidate) {
        Map<String, String> items = new java.util.LinkedHashMap<>();
        boolean samePopulation = population == null ? candidate.population == null
                : candidate.population != null && population.entries().equals(candidate.population.entries());
        if (!samePopulation || !alternative.equals(candidate.alternative) || !regions.equals(candidate.regions)) {
            items.put("demography", describe(population, alternative) + " → " + describe(candidate.population,
                    candidate.alternative));
        }
        for (String name : changeNames(candidate)) {
            ChangeFactor before = change(name);
            ChangeFactor after = candidate.change(name);
            if (!java.util.Objects.equals(before, after)) {
                items.put("change " + name, (before == null ? "none" : "as in " + this.name) + " → "
                        + (after == null ? "none" : "as in " + candidate.name));
            }
        }
        if (!rules.equals(candidate.rules)) {
            items.put("rules", "the rule path of " + this.name + " → that of " + candidate.name);
        }
        if (demographyFunded.value().compareTo(candidate.demographyFunded.value()) != 0
                || hoursPerFte.value().compareTo(candidate.hoursPerFte.value()) != 0) {
            items.put("financing", "growth funded " + demographyFunded.value().toPlainString() + " → "
                    + candidate.demographyFunded.value().toPlainString() + ", hours per FTE "
                    + Numbers.grouped(hoursPerFte.value()) + " → " + Numbers.grouped(candidate.hoursPerFte.value()));
        }
        if (!java.util.Objects.equals(quality, candidate.quality)) {
            items.put("quality", "quality indicators " + (quality == null ? "none" : quality.name()) + " → "
                    + (candidate.quality == null ? "none" : candidate.quality.name()));
        }
        return items;
    }

    /** This scenario with the candidate's version of the items named (see {@link #differences}). */
    public ProjectionScenario with(ProjectionScenario candidate, java.util.Set<String> items) {
        boolean demography = items.contains("demography");
        List<ChangeFactor> mixed = new java.util.ArrayList<>();
        for (String name : changeNames(candidate)) {
            ChangeFactor chosen = items.contains("change " + name) ? candidate.change(name) : change(name);
            if (chosen != null) {
                mixed.add(chosen);
            }
        }
        boolean financing = items.contains("financing");
        return new ProjectionScenario(name, description, baseYear, firstYear, lastYear,
                demography ? candidate.population : population, demography ? candidate.alternative : alternative,
                demography ? candidate.regions : regions, mixed, items.contains("rules") ? candidate.rules : rules,
                financing ? candidate.demographyFunded : demographyFunded,
                financing ? candidate.hoursPerFte : hoursPerFte, items.contains("quality") ? candidate.quality : quality);
    }

    private List<String> changeNames(ProjectionScenario candidate) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        changes.forEach(c -> names.add(c.name()));
        candidate.changes.forEach(c -> names.add(c.name()));
        return List.copyOf(names);
    }

    private ChangeFactor change(String name) {
        return changes.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static String describe(PopulationTable population, String alternative) {
        return population == null ? "no growth" : population.source() + ", " + alternative;
    }

    /** This scenario under another alternative of its population table (SSB's low, main or high, say). */
    public ProjectionScenario withAlternative(String other) {
        return new ProjectionScenario(name + "-" + other, description, baseYear, firstYear, lastYear, population,
                other, regions, changes, rules, demographyFunded, hoursPerFte, quality);
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
