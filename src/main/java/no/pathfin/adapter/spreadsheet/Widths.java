package no.pathfin.adapter.spreadsheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.Table;

/**
 * Column widths worked out from the cells as they will be shown (grouping and decimals included), in the
 * spreadsheet's unit of 1/256 of a character: no font metrics needed, so nothing depends on the fonts of the
 * machine that serves.
 */
final class Widths {

    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;
    /** The most decimals a decimal column shows. */
    private static final int MAX_DECIMALS = 10;

    private Widths() {
    }

    /**
     * The decimals a decimal column shows: the most any of its values is written with ({@code 12.50} has two, as
     * the file that wrote it meant), and none for other kinds.
     */
    static int decimals(Table table, int column) {
        if (table.columns().get(column).kind() != Column.Kind.NUMBER) {
            return 0;
        }
        int decimals = 0;
        for (List<Object> row : table.rows()) {
            if (row.get(column) instanceof BigDecimal number) {
                decimals = Math.max(decimals, Math.max(0, number.scale()));
            }
        }
        return Math.min(decimals, MAX_DECIMALS);
    }

    static int of(Table table, int column) {
        Column.Kind kind = table.columns().get(column).kind();
        int decimals = kind == Column.Kind.MONEY ? 2 : kind == Column.Kind.PERCENT ? 1 : decimals(table, column);
        int chars = table.columns().get(column).title().length() + 3; // bold, and the filter's button
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            if (value instanceof String text) {
                chars = Math.max(chars, text.length());
            } else if (value instanceof BigDecimal number) {
                chars = Math.max(chars, shown(kind == Column.Kind.PERCENT ? number.movePointRight(2) : number,
                        decimals, kind != Column.Kind.YEAR) + (kind == Column.Kind.PERCENT ? 2 : 0));
            }
        }
        return (Math.min(MAX_CHARS, Math.max(MIN_CHARS, chars)) + 2) * 256;
    }

    /** The characters of a number shown with {@code decimals} decimals, grouped by thousands when {@code grouped}. */
    private static int shown(BigDecimal number, int decimals, boolean grouped) {
        String plain = number.setScale(decimals, RoundingMode.HALF_UP).abs().toPlainString();
        int digits = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
        return plain.length() + (number.signum() < 0 ? 1 : 0) + (grouped ? (digits - 1) / 3 : 0);
    }
}
