package no.pathfin.adapter.rules;

import java.util.function.Supplier;
import no.pathfin.adapter.json.FieldLines;
import no.pathfin.application.port.DataFileException;

/**
 * A YAML file of a rule set as people see it ({@code rules/isf-2024/parameters.yaml}) and where each of its fields is
 * written, so that a value refused after reading (a share above 1, a negative price) is reported with the file, the
 * line and column it stands at, and its field.
 */
final class YamlPlaces {

    private final String file;
    private final FieldLines lines;

    YamlPlaces(String file, byte[] content) {
        this.file = file;
        this.lines = FieldLines.ofYaml(content);
    }

    String file() {
        return file;
    }

    /**
     * A refusal of the value at {@code path} ({@code tariffs.somatic.isfShare}), placed where it is written; a field
     * that is not written (one that is missing) is placed at the nearest field around it that is.
     */
    DataFileException refused(String path, String problem) {
        String written = path;
        while (lines.line(written) == 0 && Math.max(written.lastIndexOf('.'), written.lastIndexOf('[')) > 0) {
            written = written.substring(0, Math.max(written.lastIndexOf('.'), written.lastIndexOf('[')));
        }
        return new DataFileException(file, lines.line(written), lines.column(written), path + ": " + problem);
    }

    /** Where a field is written, for a message: {@code rules/isf-2024/bundles.yaml, line 8}. */
    String where(String path) {
        int line = lines.line(path);
        return line == 0 ? file : file + ", line " + line;
    }

    /** The value read from {@code path}, or a refusal placed where it is written. */
    <T> T parse(String path, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw refused(path, e.getMessage());
        }
    }
}
