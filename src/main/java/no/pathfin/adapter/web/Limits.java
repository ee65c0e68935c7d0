package no.pathfin.adapter.web;

import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.pathway.Pathway;

/** How much one request may ask the server to price, and use-case refusals placed at their field. */
final class Limits {

    /** At most this many contacts priced per request (contacts × rule sets × models), to keep answers fast. */
    static final int MAX_PRICED_CONTACTS = 100_000;
    /** At most this many contacts in the pathways of one request. */
    static final int MAX_CONTACTS = 10_000;

    private Limits() {
    }

    /** The number of contacts in the pathways, refused with 413 above {@link #MAX_CONTACTS}. */
    static int contacts(List<Pathway> pathways) {
        int contacts = pathways.stream().mapToInt(p -> p.contacts().size()).sum();
        if (contacts > MAX_CONTACTS) {
            throw ProblemException.tooLarge("pathways", "the pathways hold " + contacts + " contacts; at most "
                    + MAX_CONTACTS + " per request");
        }
        return contacts;
    }

    /** Refuses with 413 a request that would price more than {@link #MAX_PRICED_CONTACTS} contacts. */
    static void priced(long priced) {
        if (priced > MAX_PRICED_CONTACTS) {
            throw ProblemException.tooLarge("ruleSets", "contacts × rule sets × models = " + priced + "; at most "
                    + MAX_PRICED_CONTACTS + " per request");
        }
    }

    /** A use-case refusal as a 422 naming the field; contact fields are placed inside the pathway they belong to. */
    static ProblemException refused(InvalidRequestException e, String prefix) {
        String field = e.field();
        if (field.startsWith("contacts")) {
            field = prefix + field;
        }
        return ProblemException.unprocessable(field, e.getMessage().substring(e.field().length() + 2));
    }
}
