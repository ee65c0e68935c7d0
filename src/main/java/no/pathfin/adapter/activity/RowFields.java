package no.pathfin.adapter.activity;

import static no.pathfin.adapter.activity.ActivityFormat.DATE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fields of one activity row: where each begins and ends in the line's bytes, and their codes, flags and date
 * read in place, without allocating. One per reader thread, reused for every row.
 */
final class RowFields {

    private final int fields;
    private final int[] starts = new int[ActivityFormat.COLUMNS.size() + ActivityFormat.DEMOGRAPHIC.size()];
    private final int[] ends = new int[starts.length];

    /** @param demographic the rows carry age_group and sex after the activity columns */
    RowFields(boolean demographic) {
        this.fields = ActivityFormat.COLUMNS.size() + (demographic ? ActivityFormat.DEMOGRAPHIC.size() : 0);
    }

    /**
     * Splits bytes[from, to) (a line without its line break; a carriage return at its end is dropped) at its commas.
     *
     * @return null, or what is wrong with the line's fields
     */
    String split(byte[] b, int from, int to) {
        if (to > from && b[to - 1] == '\r') {
            to--;
        }
        int field = 0;
        starts[0] = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == ',') {
                if (field == fields - 1) {
                    return "more than " + fields + " fields";
                }
                ends[field++] = i;
                starts[field] = i + 1;
            } else if (c == '"') {
                return "quoted fields are not supported in activity files";
            }
        }
        ends[field] = to;
        if (field != fields - 1) {
            return "expected " + fields + " fields, found " + (field + 1);
        }
        return null;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    boolean empty(int field) {
        return starts[field] == ends[field];
    }

    String text(byte[] b, int field) {
        return new String(b, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    /** The index of the field's code among the codes; {@code whenEmpty} when it is empty; -1 when it is none of them. */
    int code(byte[] b, int field, byte[][] codes, int whenEmpty) {
        int from = starts[field];
        int to = ends[field];
        if (from == to) {
            return whenEmpty;
        }
        for (int i = 0; i < codes.length; i++) {
            if (Arrays.equals(codes[i], 0, codes[i].length, b, from, to)) {
                return i;
            }
        }
        return -1;
    }

    /** 1 for true/1, 0 for false/0, the default when empty, -1 otherwise. */
    int flag(byte[] b, int field, int whenEmpty) {
        int from = starts[field];
        int length = ends[field] - from;
        if (length == 0) {
            return whenEmpty;
        }
        if (length == 1) {
            return b[from] == '1' ? 1 : b[from] == '0' ? 0 : -1;
        }
        if (length == 4 && b[from] == 't' && b[from + 1] == 'r' && b[from + 2] == 'u' && b[from + 3] == 'e') {
            return 1;
        }
        if (length == 5 && b[from] == 'f' && b[from + 1] == 'a' && b[from + 2] == 'l' && b[from + 3] == 's'
                && b[from + 4] == 'e') {
            return 0;
        }
        return -1;
    }

    /** Null for a valid YYYY-MM-DD date, else what is wrong. */
    String date(byte[] b) {
        int from = starts[DATE];
        int to = ends[DATE];
        if (to - from == 10 && b[from + 4] == '-' && b[from + 7] == '-') {
            int year = digits(b, from, 4);
            int month = digits(b, from + 5, 2);
            int day = digits(b, from + 8, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
        }
        return "date '" + new String(b, from, to - from, StandardCharsets.UTF_8) + "' is not a valid date (YYYY-MM-DD)";
    }

    private static int digits(byte[] b, int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
