package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.activity.RepricingFiles;
import no.pathfin.adapter.json.CsvCells;
import no.pathfin.domain.batch.Repricing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An uploaded activity file may carry a hospital id that a spreadsheet would run as a formula (CSV injection,
 * OWASP): the result files write such a text field behind a single quote, and leave the amounts, negative ones
 * included, plain numbers.
 */
class FormulaInResultFilesTest {

    @TempDir
    Path temp;

    @Test
    void a_hospital_id_that_reads_as_a_formula_is_written_as_text_and_a_negative_difference_as_a_number()
            throws IOException {
        Path activity = ActivityFiles.write(temp, "activity.csv", List.of(
                "P1,@SUM(1+1),P1-1,2024-06-20,assessment,in-person,somatic,false,physician,hospital,ORT-ASSESS,,false,true",
                "P2,+cmd|x,P2-1,2024-06-20,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,,false,true",
                "P3,=1+1,P3-1,2024-06-20,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,,false,true",
                "P4,-2+3,P4-1,2024-06-20,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,,false,true"));
        Repricing repricing = Reprices.of(activity, "isf-2024", "isf-2025-plan");
        assertEquals(0, repricing.badRows(), repricing.firstBadRows().toString());

        RepricingFiles.in(temp.resolve("results")).write(repricing);

        // an assessment (0.040): 0.040 × 52 248 × 0.40 = 835.968 → 835.97; at 30 %: 626.976 → 626.98;
        //   difference −208.99, −208.99 / 835.97 = −25.00 %
        // a control (0.030): 0.030 × 52 248 × 0.40 = 626.976 → 626.98; at 30 %: 470.232 → 470.23;
        //   difference −156.75, −156.75 / 626.98 = −25.00 %
        assertEquals(List.of(
                "hospital,contacts,isf-2024_kr,isf-2025-plan_kr,difference_isf-2025-plan_kr,difference_isf-2025-plan_pct",
                "'+cmd|x,1,626.98,470.23,-156.75,-25.00",
                "'-2+3,1,626.98,470.23,-156.75,-25.00",
                "'=1+1,1,626.98,470.23,-156.75,-25.00",
                "'@SUM(1+1),1,835.97,626.98,-208.99,-25.00"),
                Files.readAllLines(temp.resolve("results/by-hospital.csv")));
    }

    @Test
    void every_result_file_that_names_a_hospital_writes_it_as_text() throws IOException {
        Path activity = ActivityFiles.write(temp, "activity.csv", List.of(
                "P1,@SUM(1+1),P1-1,2024-06-20,assessment,in-person,somatic,false,physician,hospital,ORT-ASSESS,,false,true"));

        RepricingFiles.in(temp.resolve("results")).write(Reprices.of(activity, "isf-2024", "isf-2025-plan"));

        assertEquals("'@SUM(1+1),somatic,in-person,ORT-ASSESS,1,835.97,626.98,-208.99,-25.00",
                Files.readAllLines(temp.resolve("results/by-hospital-setting-mode-group-code.csv")).get(1));
        String wholeMoney = Files.readAllLines(temp.resolve("results/whole-money-by-hospital-scheme.csv")).get(1);
        assertEquals("'@SUM(1+1),somatic,1,0.040,", wholeMoney.substring(0, "'@SUM(1+1),somatic,1,0.040,".length()));
    }

    @Test
    void a_text_field_gets_the_quote_only_when_it_would_start_a_formula_and_double_quotes_only_when_csv_needs_them() {
        assertEquals("HF-OUS", CsvCells.text("HF-OUS"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.text("=HYPERLINK(\"x\")")); // quotes doubled, then quoted
        assertEquals("'\tcmd", CsvCells.text("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvCells.text("\rcmd"));
        assertEquals("\"Helse Sør-Øst, Oslo\"", CsvCells.text("Helse Sør-Øst, Oslo"));
        assertEquals("'-0.10", CsvCells.text("-0.10")); // a text that looks like a number is still text
        assertEquals("", CsvCells.text(""));
        assertEquals("'@A1,somatic,'+B2", CsvCells.texts(List.of("@A1", "somatic", "+B2")));
    }
}
