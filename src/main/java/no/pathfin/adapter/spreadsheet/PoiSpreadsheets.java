package no.pathfin.adapter.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import no.pathfin.application.table.Spreadsheet;
import no.pathfin.application.table.Spreadsheets;
import no.pathfin.application.table.Table;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Workbooks through Apache POI, the only class that makes one. Rows stream through POI's streaming workbook, which
 * keeps a window of rows in memory and the rest in a temporary file it deletes when the workbook is closed.
 */
public final class PoiSpreadsheets implements Spreadsheets {

    /** Rows kept in memory while a sheet is written. */
    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public void workbook(Spreadsheet spreadsheet, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            book.setCompressTempFiles(true);
            book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(spreadsheet.title());
            Styles styles = new Styles(book);
            for (Table table : spreadsheet.tables()) {
                SheetWriter.write(book.createSheet(table.name()), table, styles);
            }
            book.write(out);
        }
    }

    @Override
    public void norwegianCsv(Table table, OutputStream out) throws IOException {
        NorwegianCsv.write(table, out);
    }
}
