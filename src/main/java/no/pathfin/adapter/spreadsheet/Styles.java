package no.pathfin.adapter.spreadsheet;

import java.util.HashMap;
import java.util.Map;
import no.pathfin.application.table.Column;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, made once each. Number formats use the format codes' grouping ({@code ,}) and
 * decimal ({@code .}) marks, which a spreadsheet shows in its reader's locale: {@code #,##0.00} is
 * {@code 46 848,90} in a Norwegian Excel and {@code 46,848.90} in an English one.
 */
final class Styles {

    static final String MONEY = "#,##0.00";
    static final String PERCENT = "0.0 %";
    static final String COUNT = "#,##0";
    static final String YEAR = "0";

    private final Workbook book;
    private final DataFormat formats;
    private final Map<String, CellStyle> byFormat = new HashMap<>();
    final CellStyle header;
    final CellStyle text;
    /** Text that begins like a formula, marked as text the way a spreadsheet marks a typed leading apostrophe. */
    final CellStyle quotedText;

    Styles(Workbook book) {
        this.book = book;
        this.formats = book.createDataFormat();
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        text = book.createCellStyle();
        quotedText = book.createCellStyle();
        quotedText.setQuotePrefixed(true);
    }

    /** The style of a number column's cells; a decimal column shows {@code decimals} decimals. */
    CellStyle number(Column.Kind kind, int decimals) {
        return byFormat.computeIfAbsent(format(kind, decimals), code -> {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(formats.getFormat(code));
            return style;
        });
    }

    static String format(Column.Kind kind, int decimals) {
        return switch (kind) {
            case MONEY -> MONEY;
            case PERCENT -> PERCENT;
            case COUNT -> COUNT;
            case YEAR -> YEAR;
            case NUMBER -> decimals == 0 ? COUNT : COUNT + "." + "0".repeat(decimals);
            case TEXT -> "@";
        };
    }
}
