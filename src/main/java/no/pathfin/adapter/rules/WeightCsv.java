package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.WeightTable;

/**
 * Reads a weight table: a header row naming the columns {@code group_code}, {@code description},
 * {@code cost_weight} and {@code source} (any order, extra columns ignored), then one row per group code.
 * The delimiter is a comma, or a semicolon when the header uses semicolons (as spreadsheet exports in
 * Norwegian locale do; a decimal comma is then accepted in {@code cost_weight}). Fields may be double-quoted.
 */
final class WeightCsv {

    private static final List<String> REQUIRED = List.of("group_code", "description", "cost_weight", "source");

    private WeightCsv() {
    }

    static WeightTable parse(String file, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new DataFileException(file, 1, 1, "the weight table is empty; expected a header " + REQUIRED);
        }
        String headerLine = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        char delimiter = headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(file, 1, headerLine, delimiter);
        int[] index = new int[REQUIRED.size()];
        for (int i = 0; i < REQUIRED.size(); i++) {
            index[i] = indexOf(header, REQUIRED.get(i));
            if (index[i] < 0) {
                throw new DataFileException(file, 1, 1, "missing column '" + REQUIRED.get(i) + "'; the header must name "
                        + String.join(", ", REQUIRED) + " (found " + header + ")");
            }
        }
        List<CostWeight> rows = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
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
            String code = fields.get(index[0]).trim();
            if (code.isEmpty()) {
                throw new DataFileException(file, lineNo, index[0] + 1, "group_code is empty");
            }
            Integer earlier = seen.putIfAbsent(code, lineNo);
            if (earlier != null) {
                throw new DataFileException(file, lineNo, index[0] + 1,
                        "group code " + code + " already appears on line " + earlier);
            }
            BigDecimal weight = weight(file, lineNo, index[2] + 1, fields.get(index[2]), delimiter);
            rows.add(new CostWeight(code, fields.get(index[1]).trim(), weight, fields.get(index[3]).trim()));
        }
        return WeightTable.of(rows);
    }

    private static BigDecimal weight(String file, int line, int column, String raw, char delimiter) {
        String text = raw.trim();
        if (delimiter == ';') {
            text = text.replace(',', '.');
        }
        try {
            BigDecimal weight = new BigDecimal(text);
            if (weight.signum() < 0) {
                throw new DataFileException(file, line, column, "cost_weight must not be negative: " + raw);
            }
            return weight;
        } catch (NumberFormatException e) {
            throw new DataFileException(file, line, column, "cost_weight '" + raw + "' is not a decimal number");
        }
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
