package no.pathfin.application.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.Codes;

/**
 * Tables as a client sends them (column types as codes, cells as text, numbers or nothing) checked and made into a
 * {@link Spreadsheet}. A refusal names the cell at fault ({@code sheets[0].rows[3][1]}) and says in words what is
 * wrong and what the column holds. A number is kept exactly as written; the workbook turns it into a spreadsheet's
 * binary number only in its cell, so it must fit one: at most 15 significant digits and 15 decimals.
 */
public final class ReadTables {

    /** The most characters a spreadsheet cell holds. */
    public static final int MAX_TEXT = 32_767;
    /** The most significant digits a spreadsheet's number keeps exactly. */
    public static final int MAX_DIGITS = 15;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** A column as sent: its title and its type's code ({@code text}, {@code money}, …). */
    public record ColumnInput(String title, String type) {
    }

    /** A sheet as sent: cells are {@code String}, {@code Number} or null; notes may be null. */
    public record SheetInput(String name, List<ColumnInput> columns, List<List<Object>> rows, List<String> notes) {
    }

    private ReadTables() {
    }

    public static Spreadsheet spreadsheet(String title, List<SheetInput> sheets) {
        List<Table> tables = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int s = 0; s < sheets.size(); s++) {
            SheetInput sheet = sheets.get(s);
            String at = "sheets[" + s + "]";
            Integer before = names.putIfAbsent(sheet.name().toLowerCase(Locale.ROOT), s);
            if (before != null) {
                throw new InvalidRequestException(at + ".name", "'" + sheet.name() + "' is the name of sheets["
                        + before + "] too; each sheet needs a name of its own (upper and lower case count as one)");
            }
            if (sheet.name().equalsIgnoreCase("History")) {
                throw new InvalidRequestException(at + ".name", "'History' is a name Excel keeps for itself");
            }
            tables.add(table(sheet, at));
        }
        return new Spreadsheet(title, tables);
    }

    private static Table table(SheetInput sheet, String at) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < sheet.columns().size(); c++) {
            ColumnInput column = sheet.columns().get(c);
            try {
                columns.add(new Column(column.title(), Codes.parse(Column.Kind.class, column.type())));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(at + ".columns[" + c + "].type", e.getMessage());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<Object> sent = sheet.rows().get(r);
            if (sent.size() != columns.size()) {
                throw new InvalidRequestException(at + ".rows[" + r + "]", "row " + (r + 1) + " has " + sent.size()
                        + (sent.size() == 1 ? " cell" : " cells") + "; the sheet has " + columns.size()
                        + " columns, so each row needs " + columns.size() + " cells (null for an empty one)");
            }
            List<Object> row = new ArrayList<>(sent.size());
            for (int c = 0; c < sent.size(); c++) {
                row.add(cell(sent.get(c), columns.get(c), at + ".rows[" + r + "][" + c + "]", r));
            }
            rows.add(row);
        }
        return new Table(sheet.name(), columns, rows, sheet.notes() == null ? List.of() : sheet.notes());
    }

    private static Object cell(Object sent, Column column, String field, int row) {
        if (sent == null || sent instanceof String text && text.isEmpty()) {
            return null;
        }
        if (!column.kind().numeric()) {
            String text = sent instanceof BigDecimal number ? number.toPlainString() : sent.toString();
            if (text.length() > MAX_TEXT) {
                throw new InvalidRequestException(field, "the text is " + text.length() + " characters long; a"
                        + " spreadsheet cell holds at most " + MAX_TEXT);
            }
            return text;
        }
        String where = "row " + (row + 1) + " of the column '" + column.title() + "', which holds "
                + Codes.of(column.kind());
        BigDecimal number;
        if (sent instanceof String text) {
            if (!DECIMAL.matcher(text).matches()) {
                throw new InvalidRequestException(field, "'" + shown(text) + "' is not a number (" + where
                        + "); write it as a decimal number with a point and no grouping, like 46848.90");
            }
            number = new BigDecimal(text);
        } else {
            number = new BigDecimal(sent.toString());
        }
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_DIGITS || stripped.scale() > MAX_DIGITS
                || stripped.precision() > MAX_DIGITS) {
            throw new InvalidRequestException(field, shown(sent.toString()) + " has more digits than a spreadsheet"
                    + " holds exactly (" + where + "): at most " + MAX_DIGITS + " significant digits and "
                    + MAX_DIGITS + " decimals");
        }
        if (column.kind().whole() && stripped.scale() > 0) {
            throw new InvalidRequestException(field, number.toPlainString() + " is not a whole number (" + where + ")");
        }
        return number;
    }

    private static String shown(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
