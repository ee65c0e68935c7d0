package no.pathfin.application.port;

/** A data file (rule set, weight table, pathway fixture) that cannot be used: which file, where in it (line and column when known), and what is wrong. */
public class DataFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public DataFileException(String file, int line, int column, String problem) {
        super(location(file, line, column) + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    private static String location(String file, int line, int column) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(", line ").append(line);
        }
        if (column > 0) {
            out.append(", column ").append(column);
        }
        return out.toString();
    }
}
