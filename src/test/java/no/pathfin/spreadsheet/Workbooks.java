package no.pathfin.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import no.pathfin.adapter.spreadsheet.PoiSpreadsheets;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.Spreadsheet;
import no.pathfin.application.table.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** For the tests: tables written through the real adapter, and workbooks opened again with POI to look inside. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A workbook's bytes opened with POI. */
    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook(Table... tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PoiSpreadsheets().workbook(new Spreadsheet("Test", List.of(tables)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] norwegianCsv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PoiSpreadsheets().norwegianCsv(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The four columns of the contract's example: rule set, ISF, share, contacts. */
    static List<Column> example() {
        return List.of(new Column("Rule set", Column.Kind.TEXT), new Column("ISF", Column.Kind.MONEY),
                new Column("Share", Column.Kind.PERCENT), new Column("Contacts", Column.Kind.COUNT));
    }

    /** A row of cells: a text, an exact decimal ({@link #dec}), or null for an empty cell. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static BigDecimal dec(String decimal) {
        return new BigDecimal(decimal);
    }

    /** A number format's code as the workbook stores it. */
    public static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }
}
