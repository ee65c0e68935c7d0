package no.pathfin.application.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.projection.PricedYear.Cell;
import no.pathfin.domain.batch.ActivityCounts;
import no.pathfin.domain.projection.ChangeFactor;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionScenario;

/**
 * How a year's contacts follow the population and the change factors: each trust's region and population group,
 * the population ratio of each group against the base year, and the expected contacts per trust and profile.
 */
final class Demography {

    private Demography() {
    }

    static List<Projection.ModeCount> modes(int year, Map<Cell, BigDecimal> expected) {
        Map<String, Projection.ModeCount> modes = new TreeMap<>();
        expected.forEach((cell, n) -> modes.merge(cell.profile().setting() + "," + cell.profile().mode() + ","
                + cell.profile().ambulant(), new Projection.ModeCount(year, cell.profile().setting(),
                cell.profile().mode(), cell.profile().ambulant(), n), (a, b) -> new Projection.ModeCount(year,
                a.scheme(), a.mode(), a.ambulant(), a.contacts().add(b.contacts()))));
        return new ArrayList<>(modes.values());
    }

    /** For each hospital index, the first index of the same trust (its age and sex cells are one trust). */
    static int[] trustIndex(List<String> hospitals) {
        Map<String, Integer> first = new java.util.HashMap<>();
        int[] trust = new int[hospitals.size()];
        for (int h = 0; h < trust.length; h++) {
            Integer earlier = first.putIfAbsent(hospitals.get(h), h);
            trust[h] = earlier == null ? h : earlier;
        }
        return trust;
    }

    /** The cells of each trust's age groups and sexes summed into one per trust and profile, once projected. */
    static Map<Cell, BigDecimal> byTrust(Map<Cell, BigDecimal> cells, int[] trust) {
        Map<Cell, BigDecimal> summed = new LinkedHashMap<>();
        cells.forEach((cell, n) -> summed.merge(cell.hospital() == trust[cell.hospital()] ? cell
                : new Cell(trust[cell.hospital()], cell.profile()), n, BigDecimal::add));
        return summed;
    }


    /**
     * The year's expected contacts: the base year's × the region's population ratio, then each change factor in
     * order (a volume multiplies its scheme; a shift, an ambulant or a day-surgery change moves its share of the
     * matching contacts to their new profile).
     */
    static Map<Cell, BigDecimal> expected(ProjectionScenario scenario, int year, Map<Cell, BigDecimal> base,
                                                  Map<String, BigDecimal> ratios, List<Group> groups) {
        Map<Cell, BigDecimal> expected = new LinkedHashMap<>();
        base.forEach((cell, n) -> expected.put(cell, n.multiply(ratios.get(groups.get(cell.hospital()).label()))));
        for (ChangeFactor change : scenario.changes()) {
            if (change instanceof ChangeFactor.Volume v) {
                BigDecimal factor = v.factorIn(year, scenario.baseYear());
                expected.replaceAll((cell, n) -> v.setting() == null || cell.profile().setting() == v.setting()
                        ? n.multiply(factor) : n);
            } else if (change instanceof ChangeFactor.Move shift) {
                BigDecimal share = shift.shareIn(year, scenario.baseYear());
                if (share.signum() == 0) {
                    continue;
                }
                for (Map.Entry<Cell, BigDecimal> entry : new ArrayList<>(expected.entrySet())) {
                    Cell cell = entry.getKey();
                    if (shift.matches(cell.profile())) {
                        BigDecimal moved = entry.getValue().multiply(share);
                        expected.put(cell, entry.getValue().subtract(moved));
                        expected.merge(new Cell(cell.hospital(), shift.moved(cell.profile())), moved, BigDecimal::add);
                    }
                }
            }
        }
        return expected;
    }

    /** Each hospital's region, in the order of the counts' hospitals; a hospital without one is refused. */
    static List<String> regions(ProjectionScenario scenario, ActivityCounts counts) {
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

    /** The population a hospital's counts follow: its region, and its patients' age group and sex if known. */
    record Group(String region, String ageGroup, String sex) {
        String label() {
            return ageGroup == null ? region : region + " " + ageGroup + " " + sex;
        }
    }

    static List<Group> groups(List<String> regions, ActivityCounts counts) {
        List<Group> groups = new ArrayList<>();
        for (int h = 0; h < regions.size(); h++) {
            groups.add(new Group(regions.get(h), counts.ageGroups().get(h), counts.sexes().get(h)));
        }
        return groups;
    }

    /** Each group's persons in the year over the base year, to 12 digits, half even (1 without a population). */
    static Map<String, BigDecimal> ratios(ProjectionScenario scenario, List<Group> groups, int year) {
        Map<String, BigDecimal> ratios = new TreeMap<>();
        for (Group group : groups) {
            ratios.computeIfAbsent(group.label(), r -> {
                if (scenario.population() == null || year == scenario.baseYear()) {
                    return BigDecimal.ONE;
                }
                long base = persons(scenario, group, scenario.baseYear());
                long now = persons(scenario, group, year);
                return BigDecimal.valueOf(now).divide(BigDecimal.valueOf(base), ProjectFinancing.RATIO_SCALE, RoundingMode.HALF_EVEN);
            });
        }
        return ratios;
    }

    static long persons(ProjectionScenario scenario, Group group, int year) {
        var population = scenario.population();
        long persons = (group.ageGroup() == null ? population.persons(group.region(), year, scenario.alternative())
                : population.persons(group.region(), group.ageGroup(), group.sex(), year, scenario.alternative()))
                .orElseThrow(() -> new InvalidRequestException("population", "the population table has no persons for "
                        + (group.ageGroup() == null ? "region " + group.region() : "region " + group.region()
                        + ", age group " + group.ageGroup() + ", sex " + group.sex() + " (as the activity file says)")
                        + " in " + year + " (alternative " + scenario.alternative() + ")"));
        if (persons <= 0) {
            throw new InvalidRequestException("population", group.label() + " has no persons in " + year);
        }
        return persons;
    }
}
