package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import no.pathfin.adapter.activity.ActivityGenerator;
import no.pathfin.domain.batch.Repricing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic year: deterministic for a seed, exactly the rows asked for, all readable, the stated mix. */
class GeneratorTest {

    @TempDir
    Path temp;

    @Test
    void the_same_seed_writes_the_same_file_and_another_seed_another() throws Exception {
        ActivityGenerator.generate(temp.resolve("a.csv"), 5_000, 3, 2024);
        ActivityGenerator.generate(temp.resolve("b.csv"), 5_000, 3, 2024);
        ActivityGenerator.generate(temp.resolve("c.csv"), 5_000, 4, 2024);

        assertArrayEquals(Files.readAllBytes(temp.resolve("a.csv")), Files.readAllBytes(temp.resolve("b.csv")));
        assertFalse(Arrays.equals(Files.readAllBytes(temp.resolve("a.csv")), Files.readAllBytes(temp.resolve("c.csv"))));
        assertEquals(5_001, Files.readAllLines(temp.resolve("a.csv")).size());
    }

    @Test
    void every_generated_row_is_readable_and_the_mix_is_as_stated() {
        Path file = temp.resolve("year.csv");
        ActivityGenerator.generate(file, 200_000, 9, 2024);

        Repricing r = ActivityFiles.reprice(file, 2, false, "isf-2024");

        assertEquals(0, r.badRows());
        assertEquals(200_000, r.rows());
        double somatic = share(r, Repricing.Dimension.SETTING, "somatic");
        double phv = share(r, Repricing.Dimension.SETTING, "phv");
        assertTrue(somatic > 0.70 && somatic < 0.80, "somatic share " + somatic);
        assertTrue(phv > 0.14 && phv < 0.22, "phv share " + phv);
        assertTrue(share(r, Repricing.Dimension.MODE, "video") > 0.05, "video is there");
        assertEquals(20, r.breakdown(Repricing.Dimension.HOSPITAL).size());
    }

    private static double share(Repricing r, Repricing.Dimension dimension, String key) {
        return r.breakdown(dimension).stream().filter(l -> l.key().equals(key)).mapToLong(Repricing.Line::contacts)
                .sum() / (double) r.rows();
    }
}
