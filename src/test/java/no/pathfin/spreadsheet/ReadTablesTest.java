package no.pathfin.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.ReadTables;
import no.pathfin.application.table.ReadTables.ColumnInput;
import no.pathfin.application.table.ReadTables.SheetInput;
import no.pathfin.application.table.Spreadsheet;
import org.junit.jupiter.api.Test;

/** Tables as a client sends them, checked cell by cell; a refusal names the cell and says what the column holds. */
class ReadTablesTest {

    private static final List<ColumnInput> COLUMNS = List.of(new ColumnInput("Rule set", "text"),
            new ColumnInput("ISF", "money"), new ColumnInput("Share", "percent"), new ColumnInput("Contacts", "count"));

    private static Spreadsheet read(List<ColumnInput> columns, List<Object>... rows) {
        return ReadTables.spreadsheet("Test", List.of(new SheetInput("Totals", columns, List.of(rows), null)));
    }

    private static InvalidRequestException refused(List<ColumnInput> columns, List<Object>... rows) {
        return assertThrows(InvalidRequestException.class, () -> read(columns, rows));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void money_sent_as_a_decimal_string_is_kept_exactly_and_a_json_number_as_its_decimal() {
        Spreadsheet sheet = read(COLUMNS, row("isf-2024", "46848.90", new BigDecimal("0.4"), 1_000_000));

        List<Object> cells = sheet.tables().get(0).rows().get(0);
        assertEquals(new BigDecimal("46848.90"), cells.get(1));
        assertEquals(new BigDecimal("0.4"), cells.get(2));
        assertEquals(new BigDecimal("1000000"), cells.get(3));
        assertEquals(Column.Kind.MONEY, sheet.tables().get(0).columns().get(1).kind());
    }

    @Test
    void null_or_an_empty_text_is_an_empty_cell_and_a_number_in_a_text_column_is_its_text() {
        Spreadsheet sheet = read(COLUMNS, row(new BigDecimal("2024.0"), "", null, null));

        assertEquals(Arrays.asList("2024.0", null, null, null), sheet.tables().get(0).rows().get(0));
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_refused_naming_the_row() {
        InvalidRequestException e = refused(COLUMNS, row("a", "1", "0.1", 1), row("b", "2", "0.2"));

        assertEquals("sheets[0].rows[1]", e.field());
        assertTrue(e.getMessage().contains("row 2 has 3 cells; the sheet has 4 columns"), e.getMessage());
    }

    @Test
    void a_text_in_a_money_column_is_refused_naming_the_cell_in_plain_words() {
        InvalidRequestException e = refused(COLUMNS, row("a", "1", "0.1", 1), row("b", "2", "0.2", 2),
                row("c", "3", "0.3", 3), row("d", "46 848,90", "0.4", 4));

        assertEquals("sheets[0].rows[3][1]", e.field());
        assertEquals("sheets[0].rows[3][1]: '46 848,90' is not a number (row 4 of the column 'ISF', which holds"
                + " money); write it as a decimal number with a point and no grouping, like 46848.90", e.getMessage());
    }

    @Test
    void a_fraction_in_a_count_column_is_refused() {
        InvalidRequestException e = refused(COLUMNS, row("a", "1", "0.1", new BigDecimal("2.5")));

        assertEquals("sheets[0].rows[0][3]", e.field());
        assertTrue(e.getMessage().contains("2.5 is not a whole number"), e.getMessage());
    }

    @Test
    void a_number_a_spreadsheet_cannot_hold_exactly_is_refused() {
        assertEquals("sheets[0].rows[0][1]", refused(COLUMNS, row("a", "12345678901234567.89", null, null)).field());
        assertEquals("sheets[0].rows[0][1]", refused(COLUMNS, row("a", new BigDecimal("1E+400"), null, null)).field());
        assertEquals("sheets[0].rows[0][2]", refused(COLUMNS, row("a", null, new BigDecimal("1E-400"), null)).field());
    }

    @Test
    void an_unknown_column_type_is_refused_naming_the_column() {
        InvalidRequestException e = refused(List.of(new ColumnInput("When", "date")), row("2024-01-01"));

        assertEquals("sheets[0].columns[0].type", e.field());
        assertTrue(e.getMessage().contains("expected one of text, money, percent, count, number, year"), e.getMessage());
    }

    @Test
    void a_text_longer_than_a_cell_holds_is_refused() {
        InvalidRequestException e = refused(COLUMNS, row("x".repeat(ReadTables.MAX_TEXT + 1), null, null, null));

        assertEquals("sheets[0].rows[0][0]", e.field());
    }

    @Test
    void two_sheets_of_one_name_are_refused_whatever_their_case() {
        SheetInput sheet = new SheetInput("Totals", COLUMNS, List.of(), null);
        SheetInput again = new SheetInput("TOTALS", COLUMNS, List.of(), List.of("a note"));

        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> ReadTables.spreadsheet("Test", List.of(sheet, again)));

        assertEquals("sheets[1].name", e.field());
    }

    @Test
    void the_file_name_is_the_title_in_letters_digits_and_hyphens() {
        assertEquals("hofteprotese-isf-per-regelsett-2024-25.xlsx",
                new Spreadsheet("Hofteprotese: ISF per regelsett (2024/25)", List.of()).fileName("xlsx"));
        assertEquals("sor-ost-aerlig-a.xlsx", new Spreadsheet("Sør-Øst ærlig å", List.of()).fileName("xlsx"));
        assertEquals("table.xlsx", new Spreadsheet("???", List.of()).fileName("xlsx"));
        assertNull(read(COLUMNS).tables().get(0).rows().isEmpty() ? null : "rows");
    }
}
