package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.List;
import no.pathfin.domain.pathway.Contact;

/**
 * A pathway holding a bundle trigger, as the batch counts it: for each row, in file order, its hospital and profile
 * (by their dictionary numbers), its day counted from the first row, and its procedure code. Pathways with the same
 * rows earn the same under a named rule set, line by line (the bundle rules see no absolute date), so each distinct
 * one is priced once and multiplied by how often it occurs.
 */
record EpisodeRows(List<Row> rows) {

    record Row(int hospital, int profile, long day, String procedureCode) {
    }

    EpisodeRows {
        rows = List.copyOf(rows);
    }

    static EpisodeRows of(List<Contact> contacts, int[] hospitals, int[] profiles) {
        List<Row> rows = new ArrayList<>(contacts.size());
        long first = contacts.get(0).date().toEpochDay();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            rows.add(new Row(hospitals[i], profiles[i], c.date().toEpochDay() - first, c.procedureCode()));
        }
        return new EpisodeRows(rows);
    }
}
