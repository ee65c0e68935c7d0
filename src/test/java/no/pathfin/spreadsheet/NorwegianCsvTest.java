package no.pathfin.spreadsheet;

import static no.pathfin.spreadsheet.Workbooks.dec;
import static no.pathfin.spreadsheet.Workbooks.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.Table;
import org.junit.jupiter.api.Test;

/** The CSV a spreadsheet in Norwegian locale opens into columns, byte by byte. */
class NorwegianCsvTest {

    @Test
    void the_file_starts_with_a_byte_order_mark_and_separates_fields_by_semicolons_with_a_decimal_comma() {
        Table table = new Table("Totals", Workbooks.example(), List.of(
                row("isf-2024", dec("46848.90"), dec("0.4"), dec("1000000")),
                row("isf-2025-plan", dec("-35136.68"), null, dec("12"))), List.of());

        byte[] bytes = Workbooks.norwegianCsv(table);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("Rule set;ISF;Share;Contacts\r\n"
                + "isf-2024;46848,90;0,4;1000000\r\n"
                + "isf-2025-plan;-35136,68;;12\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void a_text_with_a_semicolon_is_quoted_one_that_would_start_a_formula_is_written_behind_a_quote_and_aeoa_survive() {
        Table table = new Table("Hospitals", List.of(new Column("hospital", Column.Kind.TEXT),
                new Column("kr", Column.Kind.MONEY)), List.of(row("Helse Sør-Øst; Oslo", dec("1.50")),
                row("=1+1", dec("2")), row("Bodø, Nordland", null)), List.of("Kilde: Helsedirektoratet"));

        String csv = new String(Workbooks.norwegianCsv(table), StandardCharsets.UTF_8);

        assertEquals("\uFEFFhospital;kr\r\n"
                + "\"Helse Sør-Øst; Oslo\";1,50\r\n"
                + "'=1+1;2\r\n"
                + "Bodø, Nordland;\r\n"
                + "\r\n"
                + "Kilde: Helsedirektoratet\r\n", csv);
    }
}
