package no.pathfin.adapter.spreadsheet;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.adapter.json.CsvCells;
import no.pathfin.application.table.Column;
import no.pathfin.application.table.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One table as one sheet: the header row bold, frozen and filterable; numbers as numbers in their column's format
 * (the exact decimal becomes the spreadsheet's binary number only here, in the cell); text as text, never a formula;
 * the notes below the table after an empty row; each column as wide as its widest cell.
 */
final class SheetWriter {

    private SheetWriter() {
    }

    static void write(Sheet sheet, Table table, Styles styles) {
        List<Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            text(header.createCell(c), columns.get(c).title(), styles).setCellStyle(styles.header);
        }
        CellStyle[] numberStyles = new CellStyle[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column.Kind kind = columns.get(c).kind();
            if (kind.numeric()) {
                numberStyles[c] = styles.number(kind, Widths.decimals(table, c));
            }
            sheet.setColumnWidth(c, Widths.of(table, c));
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof BigDecimal number) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(numberStyles[c]);
                } else if (value instanceof String string) {
                    text(row.createCell(c), string, styles);
                }
            }
        }
        if (!columns.isEmpty()) {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
        }
        if (!table.notes().isEmpty()) {
            r++;
            for (String note : table.notes()) {
                text(sheet.createRow(r++).createCell(0), note, styles);
            }
        }
    }

    private static Cell text(Cell cell, String text, Styles styles) {
        cell.setCellValue(text);
        cell.setCellStyle(CsvCells.startsAFormula(text) ? styles.quotedText : styles.text);
        return cell;
    }
}
