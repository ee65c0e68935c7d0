package no.pathfin.adapter.web;

import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.workbench.FindBreakEven;
import no.pathfin.domain.pathway.Pathway;

/** How much one request may ask the server to price, and use-case refusals placed at their field. */
final class Limits {

    /** At most this many contacts priced per request (contacts × rule sets × models), to keep answers fast. */
    static final int MAX_PRICED_CONTACTS = 100_000;
    /** At most this many contacts in the pathways of one request. */
    static final int MAX_CONTACTS = 10_000;

    /** At most this many sheets in one workbook. */
    static final int MAX_SHEETS = 20;
    /** At most this many columns in one sheet. */
    static final int MAX_COLUMNS = 200;
    /** At most this many rows in one sheet (below its header). */
    static final int MAX_ROWS = 100_000;
    /** At most this many cells (rows × columns) in one workbook, to keep the answer quick and the memory bounded. */
    static final int MAX_CELLS = 200_000;

    private Limits() {
    }

    /** Refuses with 413 a workbook over {@link #MAX_SHEETS}, {@link #MAX_COLUMNS}, {@link #MAX_ROWS} or {@link #MAX_CELLS}. */
    static void spreadsheet(SpreadsheetBodies.SpreadsheetRequest request) {
        if (request.sheets().size() > MAX_SHEETS) {
            throw ProblemException.tooLarge("sheets", request.sheets().size() + " sheets; at most " + MAX_SHEETS
                    + " in one workbook");
        }
        long cells = 0;
        for (int s = 0; s < request.sheets().size(); s++) {
            SpreadsheetBodies.SheetBody sheet = request.sheets().get(s);
            if (sheet.columns().size() > MAX_COLUMNS) {
                throw ProblemException.tooLarge("sheets[" + s + "].columns", sheet.columns().size()
                        + " columns; at most " + MAX_COLUMNS + " in one sheet");
            }
            if (sheet.rows().size() > MAX_ROWS) {
                throw ProblemException.tooLarge("sheets[" + s + "].rows", sheet.rows().size() + " rows; at most "
                        + MAX_ROWS + " in one sheet");
            }
            cells += (long) sheet.rows().size() * sheet.columns().size();
        }
        if (cells > MAX_CELLS) {
            throw ProblemException.tooLarge("sheets", cells + " cells (rows × columns over every sheet); at most "
                    + MAX_CELLS + " in one workbook");
        }
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

    /**
     * Refuses with 413 a channel shift that would price more than {@link #MAX_PRICED_CONTACTS} contacts: every
     * contact is priced twice (before and after the shift) under each rule set and model.
     */
    static void shifted(int contacts, int ruleSets, int models) {
        long priced = 2L * contacts * ruleSets * models;
        if (priced > MAX_PRICED_CONTACTS) {
            throw ProblemException.tooLarge("ruleSets", "2 (before and after the shift) × " + contacts
                    + " contacts × " + ruleSets + " rule sets × " + models + " models = " + priced
                    + " contacts to price; at most " + MAX_PRICED_CONTACTS + " per request: name fewer rule sets,"
                    + " models or pathways");
        }
    }

    /** At most this many contacts in the variants of a price search: each search prices the mix many times. */
    static final int MAX_SEARCHED_CONTACTS = MAX_PRICED_CONTACTS / FindBreakEven.MOST_PRICINGS_OF_THE_MIX;

    /**
     * Refuses with 413 a price search (break-even or budget-neutral) whose variants hold more than
     * {@link #MAX_SEARCHED_CONTACTS} contacts, counted once per variant listed.
     */
    static void searched(int contacts) {
        if (contacts > MAX_SEARCHED_CONTACTS) {
            throw ProblemException.tooLarge("variants", "the variants hold " + contacts + " contacts; a search for"
                    + " the price prices them up to " + FindBreakEven.MOST_PRICINGS_OF_THE_MIX + " times, so at most "
                    + MAX_SEARCHED_CONTACTS + " contacts per request (" + MAX_PRICED_CONTACTS + " contacts priced)");
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
