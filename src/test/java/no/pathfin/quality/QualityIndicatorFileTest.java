package no.pathfin.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.pathfin.adapter.scenarios.QualityIndicatorFile;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.quality.QualityIndicators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of quality indicator points: read row by row, a bad row refused with file, line, column and its name. */
class QualityIndicatorFileTest {

    private static final String HEADER = "hospital,category,points,source\n";
    private static final String GOOD = "HF-A,results,10,ILLUSTRATIVE: for the test\n";

    @TempDir
    Path temp;

    private DataFileException refused(String rows) throws Exception {
        Path file = temp.resolve("points.csv");
        Files.writeString(file, HEADER + rows);
        return assertThrows(DataFileException.class, () -> QualityIndicatorFile.read(file, "points.csv"));
    }

    @Test
    void the_shipped_table_labels_every_row_illustrative_and_covers_every_trust_in_every_category() {
        QualityIndicators shipped = QualityIndicatorFile.read(Path.of("scenarios/quality-indicators-illustrative.csv"),
                "scenarios/quality-indicators-illustrative.csv");

        assertEquals(60, shipped.rows().size()); // 20 trusts × 3 categories
        assertTrue(shipped.rows().stream().allMatch(r -> r.source().startsWith("ILLUSTRATIVE: ")));
    }

    @Test
    void an_unknown_category_is_refused_at_its_line_and_column_naming_the_categories() throws Exception {
        DataFileException e = refused(GOOD + "HF-B,waiting-times,10,ILLUSTRATIVE: for the test\n");

        assertEquals("points.csv", e.file());
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("category: unknown value 'waiting-times'; expected one of results, process,"
                + " patient-experience"), e.getMessage());
    }

    @Test
    void negative_points_are_refused_naming_the_points_column() throws Exception {
        DataFileException e = refused(GOOD + "HF-B,process,-3,ILLUSTRATIVE: for the test\n");

        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("points must not be negative: -3"), e.getMessage());
    }

    @Test
    void a_row_without_a_label_is_refused_naming_the_source_column() throws Exception {
        DataFileException e = refused("HF-B,process,3,from a spreadsheet\n");

        assertEquals(2, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("source: 'from a spreadsheet' must begin with its label"), e.getMessage());
    }

    @Test
    void a_trust_with_two_rows_of_one_category_is_refused_naming_the_first() throws Exception {
        DataFileException e = refused(GOOD + GOOD);

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("HF-A has points in results already on line 2"), e.getMessage());
    }

    @Test
    void a_missing_column_is_refused_naming_the_columns() throws Exception {
        Path file = temp.resolve("points.csv");
        Files.writeString(file, "hospital,category,points\nHF-A,results,10\n");

        DataFileException e = assertThrows(DataFileException.class, () -> QualityIndicatorFile.read(file, "points.csv"));

        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("missing column 'source'"), e.getMessage());
    }
}
