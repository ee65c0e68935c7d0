package no.pathfin.adapter.activity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.pathfin.domain.Codes;

/**
 * The activity file: UTF-8 CSV, one contact per row, comma-separated, no quoting, with this header. The rows of one
 * pathway (patient episode) stand together. Booleans are {@code true}/{@code false} (or 1/0); an empty performer,
 * ambulant, replaces_planned_visit or documented takes the default of every reader ({@code ContactInput}: the
 * hospital, false, false, true). Two columns may follow, {@code age_group} and {@code sex} (any labels, as the
 * projection's population table has them); the rules never see them.
 */
final class ActivityFormat {

    static final List<String> COLUMNS = List.of("pathway_id", "hospital_id", "contact_id", "date", "kind", "mode",
            "setting", "ambulant", "personnel", "performer", "group_code", "procedure_code", "replaces_planned_visit",
            "documented");
    static final String HEADER = String.join(",", COLUMNS);
    /** Two optional columns at the end: the patient's age group and sex, for projections by age (not priced). */
    static final List<String> DEMOGRAPHIC = List.of("age_group", "sex");
    static final String HEADER_WITH_AGE = HEADER + "," + String.join(",", DEMOGRAPHIC);

    static final int PATHWAY = 0;
    static final int HOSPITAL = 1;
    static final int CONTACT = 2;
    static final int DATE = 3;
    static final int KIND = 4;
    static final int MODE = 5;
    static final int SETTING = 6;
    static final int AMBULANT = 7;
    static final int PERSONNEL = 8;
    static final int PERFORMER = 9;
    static final int GROUP = 10;
    static final int PROCEDURE = 11;
    static final int REPLACES = 12;
    static final int DOCUMENTED = 13;
    static final int AGE_GROUP = 14;
    static final int SEX = 15;

    /** The longest line read, in bytes; a longer one is a bad row. */
    static final int LONGEST_LINE = 1 << 20;

    private ActivityFormat() {
    }

    /**
     * Where the pathway id of a line ends, the line being bytes[from, to) without its line break (or its first
     * {@link #LONGEST_LINE} bytes): at the first comma, or at the end less a carriage return. The reader and the
     * splitting into chunks must agree on it, whatever the line holds.
     */
    static int pathwayEnd(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == ',') {
                return i;
            }
        }
        return to > from && b[to - 1] == '\r' ? to - 1 : to;
    }

    /** A line of nothing, or of a carriage return alone: skipped, and it does not end a pathway. */
    static boolean blank(byte[] b, int from, int to) {
        return to == from || (to == from + 1 && b[from] == '\r');
    }

    /** The external codes of an enum, as bytes, in ordinal order. */
    static <E extends Enum<E>> byte[][] codes(Class<E> type) {
        E[] constants = type.getEnumConstants();
        byte[][] codes = new byte[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            codes[i] = Codes.of(constants[i]).getBytes(StandardCharsets.US_ASCII);
        }
        return codes;
    }
}
