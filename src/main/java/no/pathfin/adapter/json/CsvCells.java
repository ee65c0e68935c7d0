package no.pathfin.adapter.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text fields as the CSV files pathfin writes hold them, the one place every CSV writer goes through. A field a
 * spreadsheet would run as a formula, one that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return (CSV injection, OWASP), is written behind a single quote ({@code '@SUM(1+1)}), so it is shown as
 * text; a field with a comma, a double quote or a line break is double-quoted, as CSV requires. Numbers pathfin
 * formats itself (amounts, counts, percentages, negative ones too) do not come here: they stay plain numbers.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** A text field (an id, a code, a name, a description) as a CSV cell. */
    public static String text(String value) {
        return text(value, ',');
    }

    /**
     * A text field as a cell of a CSV whose fields are separated by {@code separator} (a semicolon in the form a
     * Norwegian spreadsheet reads): double-quoted when it holds the separator, a double quote or a line break.
     */
    public static String text(String value, char separator) {
        String text = value == null ? "" : value;
        if (startsAFormula(text)) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Whether a spreadsheet would run this text as a formula if it were written as it is. */
    public static boolean startsAFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** Text fields as CSV cells, separated by commas. */
    public static String texts(List<String> values) {
        return values.stream().map(CsvCells::text).collect(Collectors.joining(","));
    }
}
