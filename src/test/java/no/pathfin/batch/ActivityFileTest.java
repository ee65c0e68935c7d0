package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.Repricing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading activity files: good rows counted, bad rows reported by line number and never silently dropped. */
class ActivityFileTest {

    private static final String GOOD = "P1,HF-A,P1-1,2024-03-01,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,,false,true";

    @TempDir
    Path temp;

    @Test
    void the_sample_under_pathways_reads_without_a_bad_row() {
        Repricing r = ActivityFiles.reprice(Path.of("pathways/activity/sample-activity.csv"), 2, false,
                "isf-2024", "isf-2025-plan");

        assertEquals(0, r.badRows());
        assertEquals(60, r.rows()); // the file's 61 lines less its header
    }

    @Test
    void bad_rows_are_counted_and_reported_with_their_line_numbers() {
        Path file = ActivityFiles.write(temp, "bad.csv", List.of(
                GOOD,
                GOOD.replace("2024-03-01", "2024-02-30"),
                GOOD.replace(",control,", ",consultation,"),
                GOOD.replace(",physician,", ",wizard,"),
                GOOD.replace("ORT-CONTROL", "KNEE-99"),
                GOOD.replace(",false,true", ",maybe,true"),
                "P1,HF-A,P1-9,2024-03-01,control",
                GOOD.replace("HF-A", "\"HF,A\""),
                "",
                GOOD.replace("P1-1", "P1-2")));

        Repricing r = ActivityFiles.reprice(file, 1, false, "isf-2024");

        assertEquals(2, r.rows());
        assertEquals(7, r.badRows());
        List<Long> lines = r.firstBadRows().stream().map(Repricing.BadRow::line).toList();
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), lines);
        List<String> reasons = r.firstBadRows().stream().map(Repricing.BadRow::reason).toList();
        assertEquals("date '2024-02-30' is not a valid date (YYYY-MM-DD)", reasons.get(0));
        assertTrue(reasons.get(1).startsWith("kind 'consultation' is not one of assessment, control"), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("personnel 'wizard' is not one of"), reasons.get(2));
        assertEquals("group code 'KNEE-99' is not in the weight table of isf-2024", reasons.get(3));
        assertEquals("replaces_planned_visit 'maybe' is not true, false, 1 or 0", reasons.get(4));
        assertEquals("expected 14 fields, found 5", reasons.get(5));
        assertEquals("quoted fields are not supported in activity files", reasons.get(6));
    }

    @Test
    void strict_mode_stops_at_the_first_bad_row() {
        Path file = ActivityFiles.write(temp, "strict.csv", List.of(GOOD, GOOD.replace("P1-1", "P1-2"),
                GOOD.replace("somatic", "dental"), GOOD.replace("P1-1", "P1-4")));

        RepriceActivity.BadRowException stop = assertThrows(RepriceActivity.BadRowException.class,
                () -> ActivityFiles.reprice(file, 2, true, "isf-2024"));

        assertTrue(stop.getMessage().startsWith("line 4: setting 'dental'"), stop.getMessage());
    }

    @Test
    void a_file_read_in_many_chunks_gives_the_same_counts_and_line_numbers_as_one_chunk() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String row = GOOD.replace("P1", "P" + i).replace("HF-A", "HF-" + (i % 7));
            rows.add(i % 997 == 0 ? row.replace("2024-03-01", "2024-13-01") : row);
        }
        Path file = ActivityFiles.write(temp, "many.csv", rows);

        Repricing one = ActivityFiles.reprice(file, 1, false, "isf-2024");
        Repricing many = ActivityFiles.reprice(file, 7, false, "isf-2024");

        assertEquals(one.rows(), many.rows());
        assertEquals(one.firstBadRows(), many.firstBadRows());
        assertEquals(List.of(2L, 999L, 1996L, 2993L, 3990L, 4987L),
                many.firstBadRows().stream().map(Repricing.BadRow::line).toList());
        assertEquals(one.breakdown(Repricing.Dimension.HOSPITAL), many.breakdown(Repricing.Dimension.HOSPITAL));
        assertEquals(Money.of("626.98").times(one.rows()), one.total().amounts().get(0)); // 0.030 × 52 248 × 0.40
    }

    @Test
    void a_file_with_the_wrong_header_is_refused_naming_the_column() throws Exception {
        Path file = temp.resolve("header.csv");
        Files.writeString(file, ActivityFiles.HEADER.replace("kind", "type") + "\n" + GOOD + "\n");

        DataFileException error = assertThrows(DataFileException.class, () -> CsvActivitySource.open(file));

        assertEquals(1, error.line());
        assertEquals(5, error.column());
    }

    @Test
    void a_pathway_is_never_split_between_chunks_so_bundles_see_the_whole_episode() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(GOOD.replace("P1", "P" + i));
            rows.add(GOOD.replace("P1", "P" + i).replace("-1,", "-2,").replace("control", "assessment")
                    .replace("ORT-CONTROL", "ORT-ASSESS"));
            rows.add(GOOD.replace("P1", "P" + i).replace("-1,", "-3,").replace("2024-03-01", "2024-03-20")
                    .replace("control", "admission-with-surgery").replace("ORT-CONTROL", "HIP-SURGERY"));
            rows.add(GOOD.replace("P1", "P" + i).replace("-1,", "-4,").replace("2024-03-01", "2024-05-01"));
        }
        Path file = ActivityFiles.write(temp, "hips.csv", rows);

        Repricing one = ActivityFiles.reprice(file, 1, false, "isf-2024", "isf-2024:bundle");
        for (int threads : List.of(2, 3, 5, 8)) {
            Repricing many = ActivityFiles.reprice(file, threads, false, "isf-2024", "isf-2024:bundle");
            assertEquals(one.total(), many.total(), threads + " threads");
        }
        // every episode earns exactly the isf-2024 hip bundle price
        assertEquals(Money.of("43749.00").times(400), one.total().amounts().get(1));
    }

    @Test
    void age_group_and_sex_columns_are_read_and_change_no_amount() throws Exception {
        List<String> sample = Files.readAllLines(Path.of("pathways/activity/sample-activity.csv"));
        Path aged = temp.resolve("aged.csv");
        List<String> rows = new ArrayList<>(List.of(sample.get(0) + ",age_group,sex"));
        for (int i = 1; i < sample.size(); i++) {
            rows.add(sample.get(i) + (i % 2 == 0 ? ",67+,F" : ",0-66,M"));
        }
        rows.add(sample.get(sample.size() - 1) + ",67+"); // one field short: a bad row, counted
        Files.write(aged, rows);

        Repricing plain = Reprices.of(Path.of("pathways/activity/sample-activity.csv"), "isf-2024");
        Repricing withAge = Reprices.of(aged, "isf-2024");

        assertEquals(plain.total().amounts(), withAge.total().amounts());
        assertEquals(plain.breakdown(Repricing.Dimension.HOSPITAL), withAge.breakdown(Repricing.Dimension.HOSPITAL));
        assertEquals(1, withAge.badRows());
        assertTrue(withAge.firstBadRows().get(0).reason().contains("expected 16 fields, found 15"),
                withAge.firstBadRows().toString());
    }
}
