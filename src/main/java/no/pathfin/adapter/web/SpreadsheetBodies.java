package no.pathfin.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.table.ReadTables;

/** The body of {@code POST /api/v1/spreadsheets} as the contract defines it, and its sheets as the use case reads them. */
final class SpreadsheetBodies {

    private SpreadsheetBodies() {
    }

    record ColumnBody(String title, String type) {
    }

    /** @param rows each row a list of cells: text, a number, or null (the contract allows nothing else) */
    record SheetBody(String name, List<ColumnBody> columns, List<List<JsonNode>> rows, List<String> notes) {
    }

    record SpreadsheetRequest(String title, List<SheetBody> sheets) {
    }

    static List<ReadTables.SheetInput> sheets(SpreadsheetRequest request) {
        List<ReadTables.SheetInput> sheets = new ArrayList<>();
        for (SheetBody sheet : request.sheets()) {
            List<List<Object>> rows = new ArrayList<>(sheet.rows().size());
            for (List<JsonNode> row : sheet.rows()) {
                List<Object> cells = new ArrayList<>(row.size());
                for (JsonNode cell : row) {
                    cells.add(cell == null || cell.isNull() ? null : cell.isNumber() ? cell.decimalValue() : cell.asText());
                }
                rows.add(cells);
            }
            sheets.add(new ReadTables.SheetInput(sheet.name(), sheet.columns().stream()
                    .map(c -> new ReadTables.ColumnInput(c.title(), c.type())).toList(), rows, sheet.notes()));
        }
        return sheets;
    }
}
