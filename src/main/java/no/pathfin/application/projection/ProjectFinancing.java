package no.pathfin.application.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.WhatIf;
import no.pathfin.application.projection.PricedYear.Cell;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.ActivityCounts;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.projection.ChangeFactor;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.domain.projection.ProjectionScenario;
import no.pathfin.domain.ruleset.RuleSetUse;
import no.pathfin.domain.workbench.Attribution;

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
    static final int RATIO_SCALE = 12;

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
        ActivityCounts counts = count(baseYear, List.of(scenario), choice, threads, progress);
        return project(counts, scenario, choice);
    }

    /** Several scenarios from one reading of the base year: a year is projected from counts, never from rows. */
    public List<Projection> projectAll(ActivitySource baseYear, List<ProjectionScenario> scenarios, int threads,
                                       RepriceActivity.Progress progress) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        ActivityCounts counts = count(baseYear, scenarios, choice, threads, progress);
        return scenarios.stream().map(s -> project(counts, s, choice)).toList();
    }

    /**
     * Two scenarios from one reading of the base year, and year by year the candidate's difference attributed to
     * each item that differs (see {@link ProjectionScenario#differences}): every mix of the two is projected.
     */
    public ProjectionComparison compare(ActivitySource baseYear, ProjectionScenario baseline,
                                        ProjectionScenario candidate, int threads, RepriceActivity.Progress progress) {
        if (baseline.baseYear() != candidate.baseYear() || baseline.firstYear() != candidate.firstYear()
                || baseline.lastYear() != candidate.lastYear()) {
            throw new InvalidRequestException("compare", "both scenarios must project the same years from the same"
                    + " base year (" + baseline.baseYear() + ": " + baseline.firstYear() + "–" + baseline.lastYear()
                    + " against " + candidate.baseYear() + ": " + candidate.firstYear() + "–" + candidate.lastYear()
                    + ")");
        }
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        ActivityCounts counts = count(baseYear, List.of(baseline, candidate), choice, threads, progress);
        Map<String, String> differences = baseline.differences(candidate);
        if (differences.size() > Attribution.EXACT_LIMIT) {
            throw new InvalidRequestException("compare", "the scenarios differ in " + differences.size()
                    + " items; attribution projects every mix and takes at most " + Attribution.EXACT_LIMIT);
        }
        List<String> items = List.copyOf(differences.keySet());
        Map<Long, List<Projection.Total>> mixes = new java.util.HashMap<>();
        java.util.function.LongFunction<List<Projection.Total>> mix = mask -> mixes.computeIfAbsent(mask, m -> {
            java.util.Set<String> on = new java.util.HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if ((m & (1L << i)) != 0) {
                    on.add(items.get(i));
                }
            }
            return project(counts, baseline.with(candidate, on), choice).byYear();
        });
        Projection before = project(counts, baseline, choice);
        Projection after = project(counts, candidate, choice);
        mixes.put(0L, before.byYear());
        mixes.put((1L << items.size()) - 1, after.byYear());
        List<String> descriptions = items.stream().map(differences::get).toList();
        List<ProjectionComparison.Year> years = new ArrayList<>();
        for (int y = 0; y < before.byYear().size(); y++) {
            int index = y;
            years.add(new ProjectionComparison.Year(before.years().get(y).year(), before.byYear().get(y),
                    after.byYear().get(y),
                    Attribution.split(items, descriptions, m -> ore(mix.apply(m).get(index).isf())),
                    Attribution.split(items, descriptions, m -> ore(mix.apply(m).get(index).income()))));
        }
        return new ProjectionComparison(before, after, years);
    }

    private static long ore(Money money) {
        return money.kroner().movePointRight(2).longValueExact();
    }

    /** The base year read once, every group code checked against every rule set the scenarios use. */
    private ActivityCounts count(ActivitySource baseYear, List<ProjectionScenario> scenarios, RuleSetChoice choice,
                                 int threads, RepriceActivity.Progress progress) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (ProjectionScenario scenario : scenarios) {
            for (int year = scenario.baseYear(); year <= scenario.lastYear(); year++) {
                ids.add(rulesOf(scenario, year, choice).info().id());
            }
        }
        return repriceActivity.count(baseYear, List.copyOf(ids), new RepriceActivity.Options(threads, false, 20),
                progress);
    }

    private Projection project(ActivityCounts counts, ProjectionScenario scenario, RuleSetChoice choice) {
        Map<Integer, RuleSet> rules = new LinkedHashMap<>();
        for (int year = scenario.baseYear(); year <= scenario.lastYear(); year++) {
            rules.put(year, rulesOf(scenario, year, choice));
        }
        checkDayGroups(scenario, rules);
        List<String> regions = Demography.regions(scenario, counts);
        List<Demography.Group> groups = Demography.groups(regions, counts);

        Map<Cell, BigDecimal> base = new LinkedHashMap<>();
        for (ActivityCounts.Count c : counts.counts()) {
            base.put(new Cell(c.hospital(), counts.profiles().get(c.profile())), BigDecimal.valueOf(c.contacts()));
        }
        int[] trust = Demography.trustIndex(counts.hospitals());
        Map<Cell, BigDecimal> baseByTrust = Demography.byTrust(base, trust);
        List<Projection.Year> years = new ArrayList<>();
        List<Projection.Line> lines = new ArrayList<>();
        List<Projection.ModeCount> modes = new ArrayList<>();
        Map<Cell, BigDecimal> previous = baseByTrust;
        for (int year = scenario.baseYear(); year <= scenario.lastYear(); year++) {
            Map<String, BigDecimal> ratios = Demography.ratios(scenario, groups, year);
            Map<Cell, BigDecimal> expected = Demography.byTrust(Demography.expected(scenario, year, base, ratios, groups),
                    trust);
            RuleSet r = rules.get(year);
            java.util.Set<ContactProfile> profiles = new java.util.LinkedHashSet<>();
            baseByTrust.keySet().forEach(c -> profiles.add(c.profile()));
            previous.keySet().forEach(c -> profiles.add(c.profile()));
            expected.keySet().forEach(c -> profiles.add(c.profile()));
            PricedYear priced = new PricedYear(r, new ArrayList<>(profiles), decisions);
            lines.addAll(priced.lines(year, scenario, rules.get(scenario.baseYear()), counts.hospitals(), regions,
                    baseByTrust, previous, expected));
            modes.addAll(Demography.modes(year, expected));
            years.add(new Projection.Year(year, new RuleSetUse(r.info().id(), r.info().contentHash(),
                    r.parameters().hash()), ratios));
            previous = expected;
        }
        String demography = scenario.population() == null ? "no demographic change (a ratio of 1)"
                : "the persons of the region (of the age group and sex, where the activity says them) in the year / in "
                + scenario.baseYear() + " (" + scenario.population().source() + ", alternative "
                + scenario.alternative() + ")";
        String basis = "contacts: the base year's counts per trust and contact profile × " + demography
                + ", kept as expected values; ISF and cost per profile under the year's"
                + " rules, × the expected contacts, summed and rounded once per trust and scheme to øre, half up;"
                + " block grant per trust and scheme: (1 − the year's ISF share) × its unit price × (the base year's"
                + " points + " + scenario.demographyFunded().value().toPlainString() + " × (the previous year's"
                + " projected points − the base year's)), points under the year's rules (" + scenario
                .demographyFunded().source() + "); " + BlockGrant.ASSUMPTION + "; "
                + QualityPotYears.basis(scenario.quality(), rules) + "; income = ISF + block grant + quality pot";
        List<Projection.QualityLine> quality = QualityPotYears.lines(scenario.quality(), rules, counts.hospitals(),
                regions);
        return new Projection(scenario.name(), years, lines, modes, quality, basis);
    }

    /** A day-surgery change's group must be one every year's rule set weighs, or its contacts would earn nothing. */
    private static void checkDayGroups(ProjectionScenario scenario, Map<Integer, RuleSet> rules) {
        for (ChangeFactor change : scenario.changes()) {
            if (change instanceof ChangeFactor.DaySurgery d) {
                for (RuleSet r : rules.values()) {
                    if (r.parameters().weights().find(d.dayGroup()).isEmpty()) {
                        throw new InvalidRequestException("changes", "the day-surgery change '" + d.name()
                                + "' prices its contacts in group code '" + d.dayGroup()
                                + "', which is not in the weight table of " + r.info().id());
                    }
                }
            }
        }
    }

    /** The year's rule set: the scenario's step in force, with its changes, or the rule set covering 1 July. */
    private static RuleSet rulesOf(ProjectionScenario scenario, int year, RuleSetChoice choice) {
        ProjectionScenario.RuleStep step = scenario.ruleStep(year);
        if (step == null) {
            try {
                return choice.forDate(LocalDate.of(year, 7, 1), "rules");
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException("rules", e.getMessage().substring(e.field().length() + 2)
                        + "; a projection past the rule sets' years needs a rule path (rules: - from: YEAR, ruleSet: ID)");
            }
        }
        return WhatIf.ruleSet(choice.named(step.ruleSetId(), "rules[" + step.from() + "].ruleSet"), step.changes());
    }
}
