package no.pathfin.application.table;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.pathfin.application.port.InvalidRequestException;

/**
 * A result file pathfin wrote as CSV, read back as a table for a spreadsheet. A column is a number column when every
 * field in it is a plain decimal number (an empty field is an empty cell) and it is not one of the key columns
 * (hospital, region, codes, items: text even when they look like numbers); it then holds money when its name ends in
 * {@code _kr}, a year when it is {@code year}, counts when every value is whole, and decimals otherwise (a
 * {@code _pct} column stays in percentage points, as the file has it). A text field the file wrote behind a single
 * quote so that a spreadsheet would not run it ({@code '=1+1}) is given back as written before ({@code =1+1}): the
 * spreadsheet keeps it as text in its own way.
 */
public final class ResultTable {

    /** The most rows a sheet holds below its header. */
    public static final int MAX_ROWS = 1_048_575;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Set<String> KEYS = Set.of("hospital", "region", "setting", "mode", "group_code", "scheme",
            "measure", "item", "description", "ambulant");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ResultTable() {
    }

    /** @param name the file's name, which names the sheet */
    public static Table read(String name, Reader csv) throws IOException {
        List<List<String>> lines = CsvRows.read(csv);
        if (lines.isEmpty()) {
            return new Table(sheetName(name), List.of(), List.of(), List.of());
        }
        List<String> header = lines.get(0);
        List<List<String>> body = lines.subList(1, lines.size());
        if (body.size() > MAX_ROWS) {
            throw new InvalidRequestException("format", name + " has " + body.size() + " rows; a sheet holds at most "
                    + MAX_ROWS + " below its header: download it as csv");
        }
        for (int r = 0; r < body.size(); r++) {
            if (body.get(r).size() != header.size()) {
                throw new InvalidRequestException("file", name + " line " + (r + 2) + " has " + body.get(r).size()
                        + " fields for " + header.size() + " columns");
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            columns.add(new Column(unquoted(header.get(c)), kind(header.get(c), body, c)));
        }
        List<List<Object>> rows = new ArrayList<>(body.size());
        for (List<String> fields : body) {
            List<Object> row = new ArrayList<>(fields.size());
            for (int c = 0; c < fields.size(); c++) {
                String field = fields.get(c);
                row.add(field.isEmpty() ? null : columns.get(c).kind().numeric() ? new BigDecimal(field) : unquoted(field));
            }
            rows.add(row);
        }
        return new Table(sheetName(name), columns, rows, List.of());
    }

    private static Column.Kind kind(String title, List<List<String>> body, int column) {
        if (KEYS.contains(title)) {
            return Column.Kind.TEXT;
        }
        boolean whole = true;
        for (List<String> row : body) {
            String field = row.get(column);
            if (!field.isEmpty() && !DECIMAL.matcher(field).matches()) {
                return Column.Kind.TEXT;
            }
            whole &= field.indexOf('.') < 0;
        }
        return title.endsWith("_kr") ? Column.Kind.MONEY : title.equals("year") ? Column.Kind.YEAR
                : whole ? Column.Kind.COUNT : Column.Kind.NUMBER;
    }

    /** A text as it was before the file put a single quote in front of a formula's first character. */
    static String unquoted(String field) {
        return field.length() > 1 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0
                ? field.substring(1) : field;
    }

    /** A sheet's name from a file's: without the extension, at most 31 characters, none a sheet name may not hold. */
    static String sheetName(String file) {
        String name = file.replaceAll("\\.[A-Za-z]+$", "").replaceAll("[\\[\\]:*?/\\\\]", "-");
        name = name.length() > 31 ? name.substring(0, 31) : name;
        return name.isBlank() || name.equalsIgnoreCase("History") ? "results" : name;
    }
}
