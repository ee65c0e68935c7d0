package no.pathfin.domain.batch;

import java.util.List;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * A year's activity as counts: how many contacts each hospital had of each profile (the rules see nothing else of a
 * contact), and the rows that could not be read.
 */
public record ActivityCounts(List<String> hospitals, List<ContactProfile> profiles, List<Count> counts, long rows,
                             long badRows, List<Repricing.BadRow> firstBadRows) {

    /** Contacts of one hospital (an index into hospitals) and one profile (an index into profiles). */
    public record Count(int hospital, int profile, long contacts) {
    }

    public ActivityCounts {
        hospitals = List.copyOf(hospitals);
        profiles = List.copyOf(profiles);
        counts = List.copyOf(counts);
        firstBadRows = List.copyOf(firstBadRows);
    }
}
