package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import no.pathfin.adapter.activity.ActivityGenerator;
import no.pathfin.domain.Codes;
import no.pathfin.domain.batch.Repricing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated year looks like the country: its ISF total, scaled to ten million contacts, lands within 10 % of the
 * transfers Helsedirektoratet states for the year under that year's final rule set. Totals are proportional to the
 * contacts (episodes are drawn one by one from the same mix), so one million contacts stand for ten; the ten-million
 * figures measured with the same seed are in docs/national-batch.md.
 */
class CalibrationTest {

    /** HIGH: Helsedirektoratet, the ISF rules regulate transfers of about 36 billion kr (2018), 40 (2020), 39 (2024). */
    private static final String[][] PUBLISHED = {
            {"isf-2018", "36000000000"}, {"isf-2020", "40000000000"}, {"isf-2024", "39000000000"}};

    @TempDir
    Path temp;

    @Test
    void a_generated_year_under_each_final_rule_set_lands_within_ten_percent_of_the_published_isf_total() {
        Path file = temp.resolve("year.csv");
        ActivityGenerator.generate(file, 1_000_000, 42, 2024);

        Repricing r = ActivityFiles.reprice(file, 2, false, "isf-2018", "isf-2020", "isf-2024");

        assertEquals(0, r.badRows());
        Repricing.Line total = r.total();
        for (int i = 0; i < PUBLISHED.length; i++) {
            BigDecimal tenMillion = total.amounts().get(i).kroner().multiply(BigDecimal.TEN);
            BigDecimal published = new BigDecimal(PUBLISHED[i][1]);
            BigDecimal ratio = tenMillion.divide(published, 4, RoundingMode.HALF_EVEN);
            assertTrue(ratio.compareTo(new BigDecimal("0.90")) >= 0 && ratio.compareTo(new BigDecimal("1.10")) <= 0,
                    PUBLISHED[i][0] + ": " + tenMillion + " kr for ten million contacts is " + ratio
                            + " of the published " + published);
        }
    }

    @Test
    void inpatient_stays_and_day_surgery_carry_most_of_the_somatic_points_as_in_the_country() {
        Path file = temp.resolve("year.csv");
        ActivityGenerator.generate(file, 200_000, 42, 2024);

        Repricing r = ActivityFiles.reprice(file, 2, false, "isf-2024");

        long stays = contacts(r, "medical-admission") + contacts(r, "admission-with-surgery");
        double stayShare = stays / (double) r.rows();
        double daySurgeryShare = contacts(r, "day-surgery") / (double) r.rows();
        assertTrue(stayShare > 0.08 && stayShare < 0.14, "stays are " + stayShare + " of the contacts");
        assertTrue(daySurgeryShare > 0.02 && daySurgeryShare < 0.06, "day surgery is " + daySurgeryShare);
    }

    private static long contacts(Repricing r, String kind) {
        return r.cells().stream().filter(c -> Codes.of(c.profile().kind()).equals(kind))
                .mapToLong(Repricing.Cell::contacts).sum();
    }
}
