package no.pathfin.domain.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persons by region, sex, age group and year, per alternative (SSB's long format; SSB publishes low, main and high
 * alternatives). Activity is projected by each region's persons in a year against the base year.
 *
 * @param source where the figures come from, or that they are illustrative
 */
public record PopulationTable(String source, List<Entry> entries) {

    /** One row of the table. */
    public record Entry(String region, String sex, String ageGroup, int year, String alternative, long persons) {
    }

    public PopulationTable {
        entries = List.copyOf(entries);
    }

    /** The persons of a region's age group and sex in a year under an alternative, or empty without such rows. */
    public Optional<Long> persons(String region, String ageGroup, String sex, int year, String alternative) {
        long sum = 0;
        boolean found = false;
        for (Entry e : entries) {
            if (e.region().equals(region) && e.ageGroup().equals(ageGroup) && e.sex().equals(sex) && e.year() == year
                    && e.alternative().equals(alternative)) {
                sum += e.persons();
                found = true;
            }
        }
        return found ? Optional.of(sum) : Optional.empty();
    }

    /** Every person of a region in a year under an alternative, or empty when the table has no such row. */
    public Optional<Long> persons(String region, int year, String alternative) {
        Map<String, Long> sums = new HashMap<>();
        for (Entry e : entries) {
            if (e.region().equals(region) && e.year() == year && e.alternative().equals(alternative)) {
                sums.merge("all", e.persons(), Long::sum);
            }
        }
        return Optional.ofNullable(sums.get("all"));
    }
}
