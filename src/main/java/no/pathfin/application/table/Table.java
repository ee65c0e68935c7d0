package no.pathfin.application.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table as an analyst sees it, ready to become one sheet of a workbook: a name, its columns, its rows and notes
 * (sources, the population, the plan) shown below it. A cell is a {@code String} in a text column, a
 * {@code BigDecimal} in any other column, or null when it is empty; every row has one cell per column.
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows, List<String> notes) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                Class<?> expected = columns.get(c).kind().numeric() ? BigDecimal.class : String.class;
                if (cell != null && !expected.isInstance(cell)) {
                    throw new IllegalArgumentException("row " + r + ", column " + c + " holds a "
                            + cell.getClass().getSimpleName() + " where a " + expected.getSimpleName() + " belongs");
                }
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }
}
