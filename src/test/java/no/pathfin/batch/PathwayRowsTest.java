package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.Repricing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of a pathway in an activity file: they stand together, each contact once, and the same file gives the
 * same bad rows and the same totals whatever the number of threads (chunks) it is read in.
 *
 * <p>Amounts under isf-2024, somatic (52 248 kr a point at 40 %): a control (ORT-CONTROL, 0.030 points) earns
 * 0.030 × 52 248 × 0.40 = 626.976 → 626.98; an assessment (ORT-ASSESS, 0.040) 835.968 → 835.97; the hip operation
 * (HIP-SURGERY, 2.000) 41 798.40; under isf-2024:bundle a hip episode earns its bundle price, 43 749.00, for every
 * contact within 90 days of the operation.
 */
class PathwayRowsTest {

    private static final List<Integer> THREADS = List.of(1, 2, 3, 4, 5, 8);

    @TempDir
    Path temp;

    @Test
    void a_contact_id_twice_in_one_pathway_is_a_bad_row_as_the_api_refuses_it() {
        Path file = ActivityFiles.write(temp, "twice.csv", List.of(
                control("P1", "P1-1", "2024-03-01"),
                control("P1", "P1-2", "2024-03-08"),
                control("P1", "P1-1", "2024-03-15"),
                control("P2", "P1-1", "2024-03-01"))); // another pathway may use the same contact id

        Repricing r = ActivityFiles.reprice(file, 1, false, "isf-2024");

        assertEquals(3, r.rows());
        assertEquals(1, r.badRows());
        assertEquals(new Repricing.BadRow(4, "contact_id 'P1-1' appears twice in pathway 'P1'"), r.firstBadRows().get(0));
        assertEquals(Money.of("626.98").times(3), r.total().amounts().get(0)); // the row counted twice is not paid twice
        RepriceActivity.BadRowException stop = assertThrows(RepriceActivity.BadRowException.class,
                () -> ActivityFiles.reprice(file, 1, true, "isf-2024"));
        assertEquals("line 4: contact_id 'P1-1' appears twice in pathway 'P1'", stop.getMessage());
    }

    @Test
    void the_rows_of_a_pathway_that_appears_again_later_are_bad_rows_never_a_second_episode() {
        List<String> rows = new ArrayList<>(hip("P1"));
        rows.add(control("P2", "P2-1", "2024-03-01"));
        rows.add(control("P1", "P1-5", "2024-04-20")); // line 7: P1 again, after P2
        rows.add(control("P1", "P1-6", "2024-05-01"));
        Path file = ActivityFiles.write(temp, "apart.csv", rows);

        Repricing r = ActivityFiles.reprice(file, 1, false, "isf-2024", "isf-2024:bundle");

        assertEquals(5, r.rows());
        assertEquals(List.of(7L, 8L), r.firstBadRows().stream().map(Repricing.BadRow::line).toList());
        assertTrue(r.firstBadRows().get(0).reason().startsWith("pathway 'P1' appears again after rows of other"
                + " pathways"), r.firstBadRows().get(0).reason());
        // P1's hip episode as it stood together (43 749.00) and P2's control (626.98); nothing for the rows apart
        assertEquals(Money.of("44375.98"), r.total().amounts().get(1));
        assertThrows(RepriceActivity.BadRowException.class,
                () -> ActivityFiles.reprice(file, 4, true, "isf-2024:bundle"));
    }

    @Test
    void a_pathway_that_appears_again_in_another_chunk_is_reported_alike_whatever_the_threads() {
        List<String> rows = new ArrayList<>(hip("P0"));
        for (int i = 1; i < 3_000; i++) {
            rows.addAll(hip("P" + i));
        }
        rows.add(control("P0", "P0-5", "2024-04-20")); // line 12 002: P0 again, at the end of the file
        rows.add(control("P7", "P7-5", "2024-04-20")); // line 12 003: P7 again
        Path file = ActivityFiles.write(temp, "far-apart.csv", rows);

        Repricing one = ActivityFiles.reprice(file, 1, false, "isf-2024", "isf-2024:bundle");

        assertEquals(List.of(12_002L, 12_003L), one.firstBadRows().stream().map(Repricing.BadRow::line).toList());
        assertEquals("pathway 'P0' appears again after rows of other pathways: a pathway's rows must stand together,"
                + " so this row is not priced", one.firstBadRows().get(0).reason());
        assertEquals(Money.of("43749.00").times(3_000), one.total().amounts().get(1));
        for (int threads : THREADS) {
            Repricing many = ActivityFiles.reprice(file, threads, false, "isf-2024", "isf-2024:bundle");
            assertEquals(one.firstBadRows(), many.firstBadRows(), threads + " threads");
            assertEquals(one.rows(), many.rows(), threads + " threads");
            assertEquals(one.total(), many.total(), threads + " threads");
            assertEquals(one.breakdown(Repricing.Dimension.HOSPITAL), many.breakdown(Repricing.Dimension.HOSPITAL));
        }
    }

    @Test
    void a_blank_line_inside_a_pathway_is_skipped_and_changes_no_total_whatever_the_threads() {
        Path file = ActivityFiles.write(temp, "blank.csv", List.of(
                hipOperation("P1", "P1-1", "2024-03-20"),
                control("P1", "P1-2", "2024-05-01"),
                "",
                control("P1", "P1-3", "2024-06-01")));

        for (int threads : THREADS) {
            Repricing r = ActivityFiles.reprice(file, threads, false, "isf-2024", "isf-2024:bundle");
            assertEquals(0, r.badRows(), threads + " threads");
            assertEquals(3, r.rows(), threads + " threads");
            // one episode: the operation and both controls (42 and 73 days after) are paid by the bundle price
            assertEquals(Money.of("43749.00"), r.total().amounts().get(1), threads + " threads");
        }
    }

    @Test
    void blank_lines_between_pathways_give_the_same_totals_for_every_number_of_threads() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            List<String> hip = hip("P" + i);
            rows.addAll(hip.subList(0, 2));
            rows.add(i % 3 == 0 ? "" : "\r");
            rows.addAll(hip.subList(2, 4));
            rows.add("");
        }
        Path file = ActivityFiles.write(temp, "blanks.csv", rows);

        for (int threads : THREADS) {
            Repricing r = ActivityFiles.reprice(file, threads, false, "isf-2024", "isf-2024:bundle");
            assertEquals(0, r.badRows(), threads + " threads");
            assertEquals(Money.of("43749.00").times(500), r.total().amounts().get(1), threads + " threads");
        }
    }

    @Test
    void a_line_over_one_mebibyte_is_a_bad_row_and_the_run_goes_on() {
        String huge = control("P1", "P1-2", "2024-03-08").replace("ORT-CONTROL,", "ORT-CONTROL," + "X".repeat(1_500_000));
        Path file = ActivityFiles.write(temp, "long.csv", List.of(
                control("P1", "P1-1", "2024-03-01"),
                huge,
                control("P1", "P1-3", "2024-03-15"),
                control("P2", "P2-1", "2024-03-01"),
                huge.replace("P1", "P2"))); // the last line, longer than the reader's buffer too

        for (int threads : List.of(1, 2, 3)) {
            Repricing r = ActivityFiles.reprice(file, threads, false, "isf-2024");
            assertEquals(3, r.rows(), threads + " threads");
            assertEquals(List.of(3L, 6L), r.firstBadRows().stream().map(Repricing.BadRow::line).toList());
            assertEquals("the line is longer than 1048576 bytes (1 MiB): not read", r.firstBadRows().get(0).reason());
            assertEquals(Money.of("626.98").times(3), r.total().amounts().get(0));
        }
        RepriceActivity.BadRowException stop = assertThrows(RepriceActivity.BadRowException.class,
                () -> ActivityFiles.reprice(file, 1, true, "isf-2024"));
        assertTrue(stop.getMessage().startsWith("line 3: the line is longer than"), stop.getMessage());
    }

    /** A hip pathway: an assessment, the operation 19 days later, and two controls. */
    private static List<String> hip(String pathway) {
        return List.of(
                control(pathway, pathway + "-1", "2024-03-01").replace(",control,", ",assessment,")
                        .replace("ORT-CONTROL", "ORT-ASSESS"),
                hipOperation(pathway, pathway + "-2", "2024-03-20"),
                control(pathway, pathway + "-3", "2024-05-01"),
                control(pathway, pathway + "-4", "2024-06-01"));
    }

    private static String hipOperation(String pathway, String contact, String date) {
        return pathway + ",HF-A," + contact + "," + date
                + ",admission-with-surgery,in-person,somatic,false,physician,hospital,HIP-SURGERY,NFB40,false,true";
    }

    private static String control(String pathway, String contact, String date) {
        return pathway + ",HF-A," + contact + "," + date
                + ",control,in-person,somatic,false,physician,hospital,ORT-CONTROL,,false,true";
    }
}
