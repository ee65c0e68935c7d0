package no.pathfin.adapter.scenarios;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.json.CsvTable;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.quality.IndicatorPoints;
import no.pathfin.domain.quality.QualityIndicators;
import no.pathfin.domain.ruleset.QualityCategory;

/**
 * Quality indicator points: {@code hospital,category,points,source}, one row per health trust and category
 * ({@code results}, {@code process}, {@code patient-experience}). Every row labels its figure (HIGH, MED, ASSUMPTION
 * or ILLUSTRATIVE, then where it comes from). A bad row is refused with the file, the line, the column and its name.
 */
public final class QualityIndicatorFile {

    static final List<String> COLUMNS = List.of("hospital", "category", "points", "source");
    private static final List<String> LABELS = List.of("HIGH", "MED", "ASSUMPTION", "ILLUSTRATIVE");

    private QualityIndicatorFile() {
    }

    /** The file read; {@code shown} is its name as people know it ({@code scenarios/quality-….csv}). */
    public static QualityIndicators read(Path file, String shown) {
        String text = new String(ScenarioFiles.bytes(file), StandardCharsets.UTF_8);
        List<IndicatorPoints> points = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(shown, text, "the table of quality indicator points", COLUMNS, null)) {
            String hospital = row.text("hospital");
            if (hospital.isEmpty()) {
                throw refused(row, "hospital", "is empty; name the health trust");
            }
            QualityCategory category;
            try {
                category = Codes.parse(QualityCategory.class, row.text("category"));
            } catch (IllegalArgumentException e) {
                throw refused(row, "category", e.getMessage());
            }
            String source = row.text("source");
            if (LABELS.stream().noneMatch(label -> source.startsWith(label + ":"))) {
                throw refused(row, "source", "'" + source + "' must begin with its label, one of " + LABELS
                        + " and a colon, then say where the points come from");
            }
            Integer earlier = seen.putIfAbsent(hospital + "\n" + category, row.line());
            if (earlier != null) {
                throw refused(row, "category", hospital + " has points in " + Codes.of(category)
                        + " already on line " + earlier);
            }
            points.add(new IndicatorPoints(hospital, category, row.number("points"), source));
        }
        if (points.isEmpty()) {
            throw new DataFileException(shown, 1, 1, "the table of quality indicator points has no row");
        }
        return new QualityIndicators(shown, points);
    }

    private static DataFileException refused(CsvTable.Row row, String column, String problem) {
        return new DataFileException(row.file(), row.line(), row.columns().get(column) + 1, column + ": " + problem);
    }
}
