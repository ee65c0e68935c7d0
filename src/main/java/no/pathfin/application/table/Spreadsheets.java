package no.pathfin.application.table;

import java.io.IOException;
import java.io.OutputStream;

/** Tables as the files a spreadsheet opens: a workbook, or the comma-decimal CSV a Norwegian Excel reads. */
public interface Spreadsheets {

    /** The tables as an Office Open XML workbook (.xlsx), one sheet each, numbers as numbers with their formats. */
    void workbook(Spreadsheet spreadsheet, OutputStream out) throws IOException;

    /**
     * One table as a CSV for a spreadsheet in Norwegian locale: UTF-8 with a byte order mark, fields separated by
     * semicolons, decimal comma; text that would start a formula is written behind a single quote.
     */
    void norwegianCsv(Table table, OutputStream out) throws IOException;
}
