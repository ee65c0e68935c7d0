package no.pathfin.spreadsheet;

import static no.pathfin.spreadsheet.Workbooks.dec;
import static no.pathfin.spreadsheet.Workbooks.format;
import static no.pathfin.spreadsheet.Workbooks.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.Table;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A table written as a workbook by the spreadsheet adapter, opened again with POI: what an analyst's Excel sees. */
class WorkbookTest {

    private static final Table EXAMPLE = new Table("Totals", Workbooks.example(), List.of(
            row("isf-2024", dec("46848.90"), dec("0.4"), dec("1000000")),
            row("isf-2025-plan", dec("-35136.68"), null, dec("12"))), List.of("Source: the national plan", "=not a formula"));

    @Test
    void money_shares_and_counts_are_numbers_in_their_formats_and_text_stays_text() {
        XSSFSheet sheet = Workbooks.open(Workbooks.workbook(EXAMPLE)).getSheet("Totals");

        var first = sheet.getRow(1);
        assertEquals(CellType.STRING, first.getCell(0).getCellType());
        assertEquals("isf-2024", first.getCell(0).getStringCellValue());
        assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
        assertEquals(46848.90, first.getCell(1).getNumericCellValue());
        assertEquals("#,##0.00", format(first.getCell(1)));
        assertEquals(0.4, first.getCell(2).getNumericCellValue());
        assertEquals("0.0 %", format(first.getCell(2)));
        assertEquals(1_000_000, first.getCell(3).getNumericCellValue());
        assertEquals("#,##0", format(first.getCell(3)));
        assertEquals(-35136.68, sheet.getRow(2).getCell(1).getNumericCellValue());
        assertNull(sheet.getRow(2).getCell(2), "an empty cell is no cell");
    }

    @Test
    void the_header_is_bold_frozen_and_filterable_and_each_column_fits_its_widest_cell() {
        XSSFSheet sheet = Workbooks.open(Workbooks.workbook(EXAMPLE)).getSheet("Totals");

        assertEquals("Rule set", sheet.getRow(0).getCell(0).getStringCellValue());
        assertTrue(sheet.getRow(0).getCell(1).getCellStyle().getFont().getBold());
        assertFalse(sheet.getRow(1).getCell(1).getCellStyle().getFont().getBold());
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(0, sheet.getPaneInformation().getVerticalSplitPosition());
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
        assertEquals("A1:D3", sheet.getCTWorksheet().getAutoFilter().getRef());
        // "isf-2025-plan" is 13 characters, and two of padding: 15 × 256
        assertEquals(15 * 256, sheet.getColumnWidth(0));
        // "-35 136.68" is 10 characters; "ISF" and the filter's button take fewer
        assertEquals(12 * 256, sheet.getColumnWidth(1));
    }

    @Test
    void a_text_that_begins_like_a_formula_is_a_text_cell_marked_as_text_and_never_a_formula() {
        Table table = new Table("Hospitals", List.of(new Column("hospital", Column.Kind.TEXT)),
                List.of(row("=HYPERLINK(\"x\")"), row("@SUM(1+1)"), row("-2+3"), row("HF-OUS")), List.of());

        XSSFSheet sheet = Workbooks.open(Workbooks.workbook(table)).getSheet("Hospitals");

        for (int r = 1; r <= 3; r++) {
            assertEquals(CellType.STRING, sheet.getRow(r).getCell(0).getCellType());
            assertTrue(sheet.getRow(r).getCell(0).getCellStyle().getQuotePrefixed(), "row " + r);
        }
        assertEquals("=HYPERLINK(\"x\")", sheet.getRow(1).getCell(0).getStringCellValue());
        assertFalse(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed());
    }

    @Test
    void the_notes_follow_the_table_after_an_empty_row_as_text() {
        XSSFSheet sheet = Workbooks.open(Workbooks.workbook(EXAMPLE)).getSheet("Totals");

        assertNull(sheet.getRow(3));
        assertEquals("Source: the national plan", sheet.getRow(4).getCell(0).getStringCellValue());
        assertEquals(CellType.STRING, sheet.getRow(5).getCell(0).getCellType());
        assertTrue(sheet.getRow(5).getCell(0).getCellStyle().getQuotePrefixed());
    }

    @Test
    void a_decimal_column_shows_as_many_decimals_as_its_values_are_written_with_and_a_year_no_grouping() {
        Table table = new Table("Weights", List.of(new Column("year", Column.Kind.YEAR),
                new Column("weight", Column.Kind.NUMBER)), List.of(row(dec("2035"), dec("0.040")), row(dec("2024"),
                dec("1.5"))), List.of());

        XSSFSheet sheet = Workbooks.open(Workbooks.workbook(table)).getSheet("Weights");

        assertEquals("0", format(sheet.getRow(1).getCell(0)));
        assertEquals(2035, sheet.getRow(1).getCell(0).getNumericCellValue());
        assertEquals("#,##0.000", format(sheet.getRow(1).getCell(1)), "0.040 is written with three decimals");
    }

    @Test
    void money_keeps_every_ore_up_to_fifteen_significant_digits() {
        BigDecimal large = dec("9999999999999.99");
        Table table = new Table("Money", List.of(new Column("kr", Column.Kind.MONEY)), List.of(row(large),
                row(dec("0.10")), row(dec("0.01"))), List.of());

        XSSFWorkbook book = Workbooks.open(Workbooks.workbook(table));

        for (int r = 1; r <= 3; r++) {
            double cell = book.getSheet("Money").getRow(r).getCell(0).getNumericCellValue();
            assertEquals(table.rows().get(r - 1).get(0), BigDecimal.valueOf(cell).setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Test
    void each_table_is_a_sheet_of_its_own_name_in_order() {
        Table second = new Table("Second", List.of(new Column("a", Column.Kind.TEXT)), List.of(), List.of());

        XSSFWorkbook book = Workbooks.open(Workbooks.workbook(EXAMPLE, second));

        assertEquals(2, book.getNumberOfSheets());
        assertEquals("Totals", book.getSheetName(0));
        assertEquals("Second", book.getSheetName(1));
        assertEquals("Test", book.getProperties().getCoreProperties().getTitle());
    }
}
