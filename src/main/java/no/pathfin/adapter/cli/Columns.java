package no.pathfin.adapter.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose every column is as wide as its widest cell (header included), so that no id, however
 * long, pushes a row out of line. Text columns are aligned left, figures right; columns are two spaces apart. A
 * heading over several columns ({@link #over}) widens the last of them if it is longer than they are. Lines of free
 * text ({@link #text}) sit between rows without setting any width.
 */
final class Columns {

    private static final String NL = System.lineSeparator();
    private static final String GAP = "  ";

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<Integer> spans = new ArrayList<>();
    private final List<Object> rows = new ArrayList<>();
    private String indent = "";

    /** A column of text, aligned left. */
    Columns left(String header) {
        headers.add(header);
        right.add(false);
        return this;
    }

    /** A column of figures, aligned right. */
    Columns right(String header) {
        headers.add(header);
        right.add(true);
        return this;
    }

    /** A heading over the next {@code span} columns (blank for none), on a line above the headers. */
    Columns over(String heading, int span) {
        groups.add(heading);
        spans.add(span);
        return this;
    }

    /** Every line starts with this. */
    Columns indent(String indent) {
        this.indent = indent;
        return this;
    }

    /** One row: a cell per column (missing cells are blank). */
    Columns row(String... cells) {
        rows.add(Arrays.copyOf(cells, headers.size()));
        return this;
    }

    /** A line of free text between rows. */
    Columns text(String line) {
        rows.add(line);
        return this;
    }

    @Override
    public String toString() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (Object row : rows) {
            if (row instanceof String[] cells) {
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], cells[i] == null ? 0 : cells[i].length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (!groups.isEmpty()) {
            out.append(headings(widths));
        }
        line(out, headers.toArray(String[]::new), widths);
        for (Object row : rows) {
            if (row instanceof String[] cells) {
                line(out, cells, widths);
            } else {
                out.append(((String) row).isEmpty() ? "" : indent + row).append(NL);
            }
        }
        return out.toString();
    }

    /** The line of headings over groups of columns; widens a group's last column for a longer heading. */
    private String headings(int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        int column = 0;
        for (int g = 0; g < groups.size(); g++) {
            int last = column + spans.get(g) - 1;
            int width = GAP.length() * (spans.get(g) - 1);
            for (int i = column; i <= last; i++) {
                width += widths[i];
            }
            widths[last] += Math.max(0, groups.get(g).length() - width);
            width = Math.max(width, groups.get(g).length());
            line.append(column == 0 ? "" : GAP).append(pad(groups.get(g), width, false));
            column = last + 1;
        }
        return line.toString().stripTrailing() + NL;
    }

    private void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < widths.length; i++) {
            line.append(i == 0 ? "" : GAP).append(pad(cells[i] == null ? "" : cells[i], widths[i], right.get(i)));
        }
        out.append(line.toString().stripTrailing()).append(NL);
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - text.length()));
        return right ? space + text : text + space;
    }
}
