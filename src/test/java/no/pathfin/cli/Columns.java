package no.pathfin.cli;

import java.util.Arrays;
import java.util.List;

/** Reads the command line's text tables back: cells are two or more spaces apart. */
final class Columns {

    private Columns() {
    }

    /** The cells of the first line whose first cell is {@code first}. */
    static List<String> cells(String table, String first) {
        return table.lines().map(String::strip).map(line -> Arrays.asList(line.split(" {2,}")))
                .filter(cells -> cells.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in:\n" + table));
    }

    /** Where each cell of a line starts. */
    static int[] starts(String line) {
        return java.util.regex.Pattern.compile("(?<=^|  )(\\S)").matcher(line).results().mapToInt(r -> r.start())
                .toArray();
    }
}
