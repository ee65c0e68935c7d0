package no.pathfin.application.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.ContactLines;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.WhatIf;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.batch.ActivityCounts;
import no.pathfin.domain.costing.ContactCost;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionScenario;
import no.pathfin.domain.ruleset.RuleSetUse;

/**
 * Projects a base year's activity and its financing year by year. The activity is read once into counts per trust
 * and contact profile; each year scales every trust's counts by its region's population against the base year
 * (expected values, not rounded), prices each profile once under the year's rules, and sums per trust and scheme.
 * The block grant of a year is set from the plan: the base year's points plus the funded share of the growth of the
 * previous year's projected points over them, all under the year's rules, × (1 − the year's ISF share) × its unit
 * price, rounded once per trust and scheme. Counts are projected, never rows, so a year costs as much as pricing its
 * distinct profiles.
 */
public final class ProjectFinancing {

    /** Digits kept of a population ratio (and so of an expected count); money is rounded only at the end. */
    private static final int RATIO_SCALE = 12;

    private final RuleSets ruleSets;
    private final RepriceActivity repriceActivity;
    private final DecisionCache decisions;

    public ProjectFinancing(RuleSets ruleSets, RepriceActivity repriceActivity, DecisionCache decisions) {
        this.ruleSets = ruleSets;
        this.repriceActivity = repriceActivity;
        this.decisions = decisions;
    }

    public Projection project(ActivitySource baseYear, ProjectionScenario scenario, int threads,
                              RepriceActivity.Progress progress) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        Map<Integer, RuleSet> rules = new LinkedHashMap<>();
        for (int year = scenario.baseYear(); year <= scenario.lastYear(); year++) {
            rules.put(year, rulesOf(scenario, year, choice));
        }
        ActivityCounts counts = repriceActivity.count(baseYear, rules.values().stream().map(r -> r.info().id())
                .distinct().toList(), new RepriceActivity.Options(threads, false, 20), progress);
        List<String> regions = regions(scenario, counts);

        List<Projection.Year> years = new ArrayList<>();
        List<Projection.Line> lines = new ArrayList<>();
        BigDecimal[] previous = null;
        for (int year = scenario.baseYear(); year <= scenario.lastYear(); year++) {
            Map<String, BigDecimal> ratios = ratios(scenario, regions, year);
            BigDecimal[] expected = new BigDecimal[counts.counts().size()];
            for (int i = 0; i < expected.length; i++) {
                ActivityCounts.Count c = counts.counts().get(i);
                expected[i] = BigDecimal.valueOf(c.contacts()).multiply(ratios.get(regions.get(c.hospital())));
            }
            RuleSet r = rules.get(year);
            Year priced = new Year(r, counts.profiles(), decisions);
            lines.addAll(priced.lines(year, scenario, counts, regions, expected, previous));
            years.add(new Projection.Year(year, new RuleSetUse(r.info().id(), r.info().contentHash(),
                    r.parameters().hash()), ratios));
            previous = expected;
        }
        String demography = scenario.population() == null ? "no demographic change (a ratio of 1)"
                : "the region's persons in the year / in " + scenario.baseYear() + " (" + scenario.population().source()
                + ", alternative " + scenario.alternative() + ")";
        String basis = "contacts: the base year's counts per trust and contact profile × " + demography
                + ", kept as expected values; ISF and cost per profile under the year's"
                + " rules, × the expected contacts, summed and rounded once per trust and scheme to øre, half up;"
                + " block grant per trust and scheme: (1 − the year's ISF share) × its unit price × (the base year's"
                + " points + " + scenario.demographyFunded().value().toPlainString() + " × (the previous year's"
                + " projected points − the base year's)), points under the year's rules (" + scenario
                .demographyFunded().source() + "); " + BlockGrant.ASSUMPTION;
        return new Projection(scenario.name(), years, lines, basis);
    }

    /** The year's rule set: the scenario's step in force, with its changes, or the rule set covering 1 July. */
    private static RuleSet rulesOf(ProjectionScenario scenario, int year, RuleSetChoice choice) {
        ProjectionScenario.RuleStep step = scenario.ruleStep(year);
        if (step == null) {
            return choice.forDate(LocalDate.of(year, 7, 1), "rules");
        }
        return WhatIf.ruleSet(choice.named(step.ruleSetId(), "rules[" + step.from() + "].ruleSet"), step.changes());
    }

    /** Each hospital's region, in the order of the counts' hospitals; a hospital without one is refused. */
    private static List<String> regions(ProjectionScenario scenario, ActivityCounts counts) {
        List<String> regions = new ArrayList<>();
        for (String hospital : counts.hospitals()) {
            String region = scenario.regions().get(hospital);
            if (region == null) {
                throw new InvalidRequestException("regions", "health trust " + hospital + " of the activity has no"
                        + " region in the scenario's table of trusts and regions");
            }
            regions.add(region);
        }
        return regions;
    }

    private static Map<String, BigDecimal> ratios(ProjectionScenario scenario, List<String> regions, int year) {
        Map<String, BigDecimal> ratios = new TreeMap<>();
        for (String region : regions) {
            ratios.computeIfAbsent(region, r -> {
                if (scenario.population() == null || year == scenario.baseYear()) {
                    return BigDecimal.ONE;
                }
                long base = persons(scenario, r, scenario.baseYear());
                long now = persons(scenario, r, year);
                return BigDecimal.valueOf(now).divide(BigDecimal.valueOf(base), RATIO_SCALE, RoundingMode.HALF_EVEN);
            });
        }
        return ratios;
    }

    private static long persons(ProjectionScenario scenario, String region, int year) {
        long persons = scenario.population().persons(region, year, scenario.alternative()).orElseThrow(() ->
                new InvalidRequestException("population", "the population table has no persons for region " + region
                        + " in " + year + " (alternative " + scenario.alternative() + ")"));
        if (persons <= 0) {
            throw new InvalidRequestException("population", "region " + region + " has no persons in " + year);
        }
        return persons;
    }

    /** One year's rules applied to every profile once: line amount, points, unit cost and personnel minutes. */
    private static final class Year {
        final RuleSet rules;
        final List<Money> amounts = new ArrayList<>();
        final List<BigDecimal> points = new ArrayList<>();
        final List<Money> costs = new ArrayList<>();
        final List<BigDecimal> minutes = new ArrayList<>();

        Year(RuleSet rules, List<ContactProfile> profiles, DecisionCache decisions) {
            this.rules = rules;
            List<List<RuleOutcome>> decided = decisions.contacts(rules, rules.parameters(), profiles);
            for (int p = 0; p < profiles.size(); p++) {
                amounts.add(ContactLines.amount(rules.info(), decided.get(p)));
                points.add(ContactLines.points(decided.get(p)));
                ContactCost cost = rules.costs().cost("profile", profiles.get(p), rules.parameters().weights());
                costs.add(cost.amount());
                minutes.add(cost.minutes().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }

        List<Projection.Line> lines(int year, ProjectionScenario scenario, ActivityCounts counts, List<String> regions,
                                    BigDecimal[] expected, BigDecimal[] previous) {
            Map<String, Sums> sums = new TreeMap<>();
            for (int i = 0; i < expected.length; i++) {
                ActivityCounts.Count c = counts.counts().get(i);
                Setting scheme = counts.profiles().get(c.profile()).setting();
                Sums s = sums.computeIfAbsent(counts.hospitals().get(c.hospital()) + "\u0000" + scheme.name(),
                        k -> new Sums(regions.get(c.hospital()), counts.hospitals().get(c.hospital()), scheme));
                BigDecimal n = expected[i];
                BigDecimal unitPoints = points.get(c.profile());
                s.contacts = s.contacts.add(n);
                s.points = s.points.add(unitPoints.multiply(n));
                s.basePoints = s.basePoints.add(unitPoints.multiply(BigDecimal.valueOf(c.contacts())));
                s.previousPoints = s.previousPoints.add(unitPoints.multiply(previous == null
                        ? BigDecimal.valueOf(c.contacts()) : previous[i]));
                s.isf = s.isf.add(amounts.get(c.profile()).kroner().multiply(n));
                s.cost = s.cost.add(costs.get(c.profile()).kroner().multiply(n));
                s.minutes = s.minutes.add(minutes.get(c.profile()).multiply(n));
            }
            BigDecimal funded = scenario.demographyFunded().value();
            BigDecimal hoursPerFte = scenario.hoursPerFte().value();
            List<Projection.Line> lines = new ArrayList<>();
            for (Sums s : sums.values()) {
                BigDecimal planned = s.basePoints.add(funded.multiply(s.previousPoints.subtract(s.basePoints)));
                var tariff = rules.parameters().tariff(s.scheme);
                Money grant = Money.rounded(BigDecimal.ONE.subtract(tariff.isfShare()).multiply(tariff.unitPrice())
                        .multiply(planned));
                BigDecimal hours = s.minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                lines.add(new Projection.Line(year, s.region, s.hospital, s.scheme, s.contacts, s.points, planned,
                        Money.rounded(s.isf), grant, Money.rounded(s.cost), hours,
                        hours.divide(hoursPerFte, 2, RoundingMode.HALF_UP)));
            }
            return lines;
        }
    }

    /** A trust's scheme as a year is summed (exact). */
    private static final class Sums {
        final String region;
        final String hospital;
        final Setting scheme;
        BigDecimal contacts = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal basePoints = BigDecimal.ZERO;
        BigDecimal previousPoints = BigDecimal.ZERO;
        BigDecimal isf = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal minutes = BigDecimal.ZERO;

        Sums(String region, String hospital, Setting scheme) {
            this.region = region;
            this.hospital = hospital;
            this.scheme = scheme;
        }
    }
}
