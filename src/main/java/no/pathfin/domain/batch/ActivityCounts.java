package no.pathfin.domain.batch;

import java.util.List;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * A year's activity as counts: how many contacts each hospital had of each profile (the rules see nothing else of a
 * contact), and the rows that could not be read. Where the file says the patient's age group and sex, a hospital's
 * patients of each age group and sex are counted apart: {@code hospitals} then repeats a name, and
 * {@code ageGroups} and {@code sexes} (null where the file says nothing) tell them apart.
 */
public record ActivityCounts(List<String> hospitals, List<String> ageGroups, List<String> sexes,
                             List<ContactProfile> profiles, List<Count> counts, long rows, long badRows,
                             List<Repricing.BadRow> firstBadRows) {

    /** Contacts of one hospital (an index into hospitals) and one profile (an index into profiles). */
    public record Count(int hospital, int profile, long contacts) {
    }

    public ActivityCounts {
        hospitals = List.copyOf(hospitals);
        ageGroups = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(ageGroups));
        sexes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sexes));
        profiles = List.copyOf(profiles);
        counts = List.copyOf(counts);
        firstBadRows = List.copyOf(firstBadRows);
    }
}
