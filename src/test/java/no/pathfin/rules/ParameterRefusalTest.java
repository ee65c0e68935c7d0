package no.pathfin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure that parameters.yaml may not hold is refused naming the file, the line it stands on and its field. */
class ParameterRefusalTest {

    @TempDir
    Path temp;

    @Test
    void a_somatic_isf_share_of_1_40_is_refused_on_reload_with_file_line_and_field() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Supplier<RuleSets> reload = DroolsRuleSets.reloader(rules, false);
        reload.get();
        Path yaml = rules.resolve("isf-2024/parameters.yaml");
        List<String> lines = Files.readAllLines(yaml);
        assertEquals("    isfShare: 0.40", lines.get(8)); // line 9: tariffs → somatic → isfShare
        lines.set(8, "    isfShare: 1.40");
        Files.write(yaml, lines);

        DataFileException error = assertThrows(DataFileException.class, reload::get);

        assertEquals(rules.getFileName() + "/isf-2024/parameters.yaml", error.file());
        assertEquals(9, error.line(), error.getMessage());
        assertEquals(5, error.column(), error.getMessage()); // where isfShare begins, after four spaces
        assertTrue(error.getMessage().contains("tariffs.somatic.isfShare: the ISF share must be between 0 and 1: 1.40"),
                error.getMessage());
    }

    @Test
    void a_negative_unit_price_is_refused_at_its_own_line_not_at_the_first_unit_price_of_the_file() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve("isf-2024/parameters.yaml");
        List<String> lines = Files.readAllLines(yaml);
        assertEquals("    unitPrice: 3675", lines.get(30)); // line 31: tariffs → phv → unitPrice (somatic's is line 8)
        lines.set(30, "    unitPrice: -3675");
        Files.write(yaml, lines);

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(31, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("tariffs.phv.unitPrice: the unit price must not be negative: -3675"),
                error.getMessage());
    }

    @Test
    void a_candidates_share_above_one_is_refused_with_file_line_and_field() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve("candidate-2025-package/parameters.yaml");
        List<String> lines = Files.readAllLines(yaml);
        assertEquals("    isfShare: 0.30", lines.get(3)); // line 4: tariffs → somatic → isfShare
        lines.set(3, "    isfShare: 1.30");
        Files.write(yaml, lines);

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(rules.getFileName() + "/candidate-2025-package/parameters.yaml", error.file());
        assertEquals(4, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("tariffs.somatic.isfShare: the ISF share must be between 0 and 1: 1.30"),
                error.getMessage());
    }

    @Test
    void quality_pot_weights_that_do_not_add_up_to_one_are_refused_with_file_line_and_column_of_the_weights()
            throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve("isf-2020/parameters.yaml");
        List<String> lines = Files.readAllLines(yaml);
        int experience = lines.indexOf("    patientExperience: 0.20");
        assertEquals("  weights:", lines.get(experience - 3));
        lines.set(experience, "    patientExperience: 0.30"); // 0.50 + 0.30 + 0.30 = 1.10
        Files.write(yaml, lines);

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(rules.getFileName() + "/isf-2020/parameters.yaml", error.file());
        assertEquals(experience - 2, error.line(), error.getMessage()); // the line of "weights:", counted from 1
        assertEquals(3, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains("qualityPot.weights: the weights of results, process and patient"
                + " experience must add up to 1; they add up to 1.1"), error.getMessage());
    }

    @Test
    void a_quality_pot_weight_of_an_unknown_category_is_refused_naming_the_categories() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve("isf-2020/parameters.yaml");
        List<String> lines = Files.readAllLines(yaml);
        int process = lines.indexOf("    process: 0.30");
        lines.set(process, "    waitingTimes: 0.30");
        Files.write(yaml, lines);

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(process + 1, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("qualityPot.weights.waitingTimes: unknown field 'waitingTimes'; known"
                + " fields: [results, process, patientExperience]"), error.getMessage());
    }
}
