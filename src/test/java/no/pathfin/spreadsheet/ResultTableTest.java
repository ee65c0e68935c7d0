package no.pathfin.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.ResultTable;
import no.pathfin.application.table.Table;
import org.junit.jupiter.api.Test;

/** A result file pathfin wrote as CSV, read back as a table: which columns are numbers, and of what kind. */
class ResultTableTest {

    private static Table read(String name, String csv) throws IOException {
        return ResultTable.read(name, new StringReader(csv));
    }

    private static List<Column.Kind> kinds(Table table) {
        return table.columns().stream().map(Column::kind).toList();
    }

    @Test
    void amounts_are_money_contacts_counts_percentages_stay_in_points_and_hospitals_are_text() throws IOException {
        Table table = read("by-hospital.csv", "hospital,contacts,isf-2024_kr,difference_x_kr,difference_x_pct\n"
                + "'-2+3,1,626.98,-156.75,-25.00\n"
                + "974589095,2,0.10,0.00,\n");

        assertEquals(List.of(Column.Kind.TEXT, Column.Kind.COUNT, Column.Kind.MONEY, Column.Kind.MONEY,
                Column.Kind.NUMBER), kinds(table));
        assertEquals(Arrays.asList("-2+3", new BigDecimal("1"), new BigDecimal("626.98"), new BigDecimal("-156.75"),
                new BigDecimal("-25.00")), table.rows().get(0));
        assertEquals("974589095", table.rows().get(1).get(0), "a hospital id is text even when it is all digits");
        assertEquals(null, table.rows().get(1).get(4), "an empty field is an empty cell");
        assertEquals("by-hospital", table.name());
    }

    @Test
    void a_year_is_a_year_expected_contacts_are_decimals_and_a_column_with_any_text_is_text() throws IOException {
        Table table = read("projection-by-year-scheme-mode.csv", "year,scheme,mode,ambulant,contacts,note\n"
                + "2024,isf,in-person,true,12.50,1\n"
                + "2025,isf,video,false,13.00,n/a\n");

        assertEquals(List.of(Column.Kind.YEAR, Column.Kind.TEXT, Column.Kind.TEXT, Column.Kind.TEXT,
                Column.Kind.NUMBER, Column.Kind.TEXT), kinds(table));
        assertEquals("projection-by-year-scheme-mode", table.name(), "31 characters at most");
    }

    @Test
    void a_quoted_field_may_hold_commas_quotes_and_line_breaks() throws IOException {
        Table table = read("comparison-attribution.csv", "year,measure,item,description,amount_kr\r\n"
                + "2030,isf,\"'=1+1\",\"a \"\"quoted\"\", two-line\ndescription\",-1.00\r\n");

        assertEquals(Arrays.asList(new BigDecimal("2030"), "isf", "=1+1", "a \"quoted\", two-line\ndescription",
                new BigDecimal("-1.00")), table.rows().get(0));
    }

    @Test
    void a_long_file_name_is_cut_to_the_31_characters_a_sheet_name_holds() throws IOException {
        assertEquals("home-2035-projection-by-year-ba",
                read("home-2035-projection-by-year-base-year-prices.csv", "year\n2035\n").name());
    }
}
