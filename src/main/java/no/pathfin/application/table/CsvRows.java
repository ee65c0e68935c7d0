package no.pathfin.application.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a comma-separated file as RFC 4180 writes them: fields in double quotes may hold commas, line
 * breaks and doubled quotes; a line ends with LF or CRLF; a leading byte order mark is skipped. Blank lines are
 * skipped.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<List<String>> read(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        int c;
        while ((c = in.read()) >= 0) {
            if (first && c == '\uFEFF') {
                first = false;
                continue;
            }
            first = false;
            if (quoted) {
                if (c != '"') {
                    field.append((char) c);
                } else {
                    in.mark(1);
                    if (in.read() == '"') {
                        field.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                end(rows, row, field);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        end(rows, row, field);
        return rows;
    }

    private static void end(List<List<String>> rows, List<String> row, StringBuilder field) {
        row.add(field.toString());
        field.setLength(0);
        if (row.size() > 1 || !row.get(0).isEmpty()) {
            rows.add(row);
        }
    }
}
