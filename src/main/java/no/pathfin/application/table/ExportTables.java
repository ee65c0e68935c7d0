package no.pathfin.application.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tables to download as the files a spreadsheet opens: the tables a client shows, as a workbook; a result file
 * (CSV) of a job, as a workbook or as the CSV a Norwegian Excel reads.
 */
public final class ExportTables {

    private final Spreadsheets spreadsheets;

    public ExportTables(Spreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    /**
     * The sheets as sent, checked (a refusal names the cell at fault) and written as a workbook.
     *
     * @return the workbook's file name, from its title
     */
    public String workbook(String title, List<ReadTables.SheetInput> sheets, OutputStream out) {
        Spreadsheet spreadsheet = ReadTables.spreadsheet(title, sheets);
        write(() -> spreadsheets.workbook(spreadsheet, out));
        return spreadsheet.fileName("xlsx");
    }

    /**
     * Writes one small workbook and drops it, so that the first workbook a client asks for does not wait for the
     * spreadsheet library's classes to load (seconds on a busy machine). For a background thread after the start.
     */
    public void warmUp() {
        workbook("warm-up", List.of(new ReadTables.SheetInput("warm-up", List.of(new ReadTables.ColumnInput("kr",
                "money")), List.of(List.of("1.00")), List.of("note"))), OutputStream.nullOutputStream());
    }

    /** A result file as a workbook of one sheet named for the file, its number columns as numbers. */
    public void resultWorkbook(String file, InputStream csv, OutputStream out) {
        Table table = read(file, csv);
        write(() -> spreadsheets.workbook(new Spreadsheet(file, List.of(table)), out));
    }

    /** A result file in the Norwegian form: semicolons, decimal comma, UTF-8 with a byte order mark. */
    public void resultNorwegianCsv(String file, InputStream csv, OutputStream out) {
        Table table = read(file, csv);
        write(() -> spreadsheets.norwegianCsv(table, out));
    }

    private static Table read(String file, InputStream csv) {
        try (InputStream in = csv) {
            return ResultTable.read(file, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
