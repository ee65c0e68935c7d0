package no.pathfin.adapter.activity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * The rows of the pathway being read, kept in reusable arrays until the pathway ends. A pathway without a bundle
 * trigger is handed on row by row; one with a trigger becomes contacts for the bundle rules.
 */
final class PathwayRows {

    private int size;
    private int[] hospitals = new int[16];
    private int[] profiles = new int[16];
    private int[] epochDays = new int[16];
    private String[] procedures = new String[16];
    private boolean trigger;

    void add(int hospital, int profile, byte[] b, int dateFrom, int procedureFrom, int procedureTo, boolean triggers) {
        if (size == hospitals.length) {
            hospitals = Arrays.copyOf(hospitals, size * 2);
            profiles = Arrays.copyOf(profiles, size * 2);
            epochDays = Arrays.copyOf(epochDays, size * 2);
            procedures = Arrays.copyOf(procedures, size * 2);
        }
        hospitals[size] = hospital;
        profiles[size] = profile;
        epochDays[size] = (int) LocalDate.of(digits(b, dateFrom, 4), digits(b, dateFrom + 5, 2), digits(b, dateFrom + 8, 2))
                .toEpochDay();
        procedures[size] = procedureTo > procedureFrom
                ? new String(b, procedureFrom, procedureTo - procedureFrom, StandardCharsets.UTF_8) : null;
        size++;
        trigger |= triggers;
    }

    /** Hands on the rows gathered (if any) and starts afresh. */
    void flush(ActivitySource.RowHandler handler, ContactProfile[] profilesById) {
        if (size == 0) {
            return;
        }
        if (trigger) {
            List<Contact> contacts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                ContactProfile p = profilesById[profiles[i]];
                contacts.add(p.contact("c" + (i + 1), LocalDate.ofEpochDay(epochDays[i]), procedures[i]));
            }
            handler.episode(contacts, Arrays.copyOf(hospitals, size), Arrays.copyOf(profiles, size));
        } else {
            for (int i = 0; i < size; i++) {
                handler.contact(hospitals[i], profiles[i]);
            }
        }
        Arrays.fill(procedures, 0, size, null);
        size = 0;
        trigger = false;
    }

    private static int digits(byte[] b, int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; i++) {
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }
}
