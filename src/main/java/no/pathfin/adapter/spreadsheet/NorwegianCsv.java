package no.pathfin.adapter.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.pathfin.adapter.json.CsvCells;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.Table;

/**
 * A table as the CSV a spreadsheet in Norwegian locale opens into columns: UTF-8 with a byte order mark (so æ, ø and
 * å read right), fields separated by semicolons, numbers with a decimal comma and no grouping ({@code 46848,90}),
 * lines ending CRLF. Text goes through {@link CsvCells}: behind a single quote when it would start a formula, in
 * double quotes when it holds a semicolon, a quote or a line break. Notes follow the table after an empty line.
 */
final class NorwegianCsv {

    static final char SEPARATOR = ';';
    private static final String END = "\r\n";

    private NorwegianCsv() {
    }

    static void write(Table table, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write('\uFEFF');
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            csv.write((c == 0 ? "" : ";") + CsvCells.text(columns.get(c).title(), SEPARATOR));
        }
        csv.write(END);
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    csv.write(SEPARATOR);
                }
                Object value = row.get(c);
                if (value instanceof BigDecimal number) {
                    csv.write(number.toPlainString().replace('.', ','));
                } else if (value instanceof String text) {
                    csv.write(CsvCells.text(text, SEPARATOR));
                }
            }
            csv.write(END);
        }
        if (!table.notes().isEmpty()) {
            csv.write(END);
            for (String note : table.notes()) {
                csv.write(CsvCells.text(note, SEPARATOR) + END);
            }
        }
        csv.flush();
    }
}
