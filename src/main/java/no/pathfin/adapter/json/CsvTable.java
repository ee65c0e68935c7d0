package no.pathfin.adapter.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.pathfin.application.port.DataFileException;

/**
 * A table people keep in a spreadsheet: a header row naming the columns (any order, extra columns ignored), then one
 * row per key. The delimiter is a comma, or a semicolon when the header uses semicolons (as spreadsheet exports in
 * Norwegian locale do; a decimal comma is then accepted in number columns). Fields may be double-quoted. Every fault
 * is reported with file, line and column.
 */
public final class CsvTable {

    /** One data row: its line in the file and its fields, read by column name. */
    public record Row(String file, int line, Map<String, Integer> columns, List<String> fields, char delimiter) {

        public String text(String column) {
            return fields.get(columns.get(column)).trim();
        }

        /** A decimal from 0 up. */
        public BigDecimal number(String column) {
            String raw = fields.get(columns.get(column));
            String text = delimiter == ';' ? raw.trim().replace(',', '.') : raw.trim();
            int at = columns.get(column) + 1;
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() < 0) {
                    throw new DataFileException(file, line, at, column + " must not be negative: " + raw);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new DataFileException(file, line, at, column + " '" + raw + "' is not a decimal number");
            }
        }
    }

    private CsvTable() {
    }

    /**
     * The rows of a table whose header names every required column; a row's key column may not be empty or repeat.
     *
     * @param what what the table is, for messages ("the weight table")
     * @param key  the column that names a row, or null for a table in long format (no column is unique)
     */
    public static List<Row> read(String file, String text, String what, List<String> required, String key) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new DataFileException(file, 1, 1, what + " is empty; expected a header " + required);
        }
        String headerLine = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        char delimiter = headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(file, 1, headerLine, delimiter);
        Map<String, Integer> columns = new HashMap<>();
        for (String name : required) {
            int index = indexOf(header, name);
            if (index < 0) {
                throw new DataFileException(file, 1, 1, "missing column '" + name + "'; the header must name "
                        + String.join(", ", required) + " (found " + header + ")");
            }
            columns.put(name, index);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int n = 1; n < lines.length; n++) {
            int lineNo = n + 1;
            if (lines[n].isBlank()) {
                continue;
            }
            List<String> fields = split(file, lineNo, lines[n], delimiter);
            if (fields.size() < header.size()) {
                throw new DataFileException(file, lineNo, fields.size() + 1,
                        "expected " + header.size() + " columns, found " + fields.size());
            }
            Row row = new Row(file, lineNo, columns, fields, delimiter);
            if (key == null) {
                rows.add(row);
                continue;
            }
            String code = row.text(key);
            if (code.isEmpty()) {
                throw new DataFileException(file, lineNo, columns.get(key) + 1, key + " is empty");
            }
            Integer earlier = seen.putIfAbsent(code, lineNo);
            if (earlier != null) {
                throw new DataFileException(file, lineNo, columns.get(key) + 1,
                        "group code " + code + " already appears on line " + earlier);
            }
            rows.add(row);
        }
        return rows;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Splits one line on the delimiter, honouring double quotes ({@code ""} inside quotes is a quote). */
    static List<String> split(String file, int lineNo, String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new DataFileException(file, lineNo, line.length(), "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
