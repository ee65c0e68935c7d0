package no.pathfin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.port.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value periods.yaml may not hold is refused naming the file, the line and column it stands at, and its field, as
 * a value of bundles.yaml is: one test per kind of error, each on a copy of isf-2024's period payments.
 */
class PeriodRefusalTest {

    private static final String PERIODS = "isf-2024/periods.yaml";

    @TempDir
    Path temp;

    /** The rules folder with one line of isf-2024's periods.yaml (1-based) changed, after checking what it held. */
    private Path withLine(int line, String was, String now) throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve(PERIODS);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(yaml));
        assertEquals(was, lines.get(line - 1), "line " + line + " of " + PERIODS);
        lines.set(line - 1, now);
        Files.write(yaml, lines);
        return rules;
    }

    private static void refused(Path rules, int line, int column, String words) {
        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));
        assertEquals(rules.getFileName() + "/" + PERIODS, error.file(), error.getMessage());
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains(words), error.getMessage());
    }

    @Test
    void a_negative_period_weight_is_refused_at_its_line_and_column() throws IOException {
        Path rules = withLine(15, "    weight: 0.060", "    weight: -0.060");

        refused(rules, 15, 5, "periods[0].weight: the period weight must not be negative: -0.060");
    }

    @Test
    void a_period_that_does_not_divide_the_year_is_refused() throws IOException {
        Path rules = withLine(19, "    periodMonths: 4", "    periodMonths: 5");

        refused(rules, 19, 5, "periods[1].periodMonths: a period must divide the year into whole periods");
    }

    @Test
    void a_qualifying_group_code_missing_from_the_weight_table_is_refused() throws IOException {
        Path rules = withLine(20, "    groupCodes: [DIALYSIS]", "    groupCodes: [DIALYSIS-X]");

        refused(rules, 20, 18, "periods[1].groupCodes[0]: DIALYSIS-X is not in the weight table");
    }

    @Test
    void an_unknown_setting_is_refused_naming_the_settings() throws IOException {
        Path rules = withLine(21, "    setting: somatic", "    setting: dental");

        refused(rules, 21, 5, "periods[1].setting");
    }

    @Test
    void a_group_code_of_two_period_payments_is_refused_at_the_second() throws IOException {
        Path rules = withLine(20, "    groupCodes: [DIALYSIS]", "    groupCodes: [DIGITAL-FOLLOW-UP]");

        refused(rules, 20, 18, "qualifies for both period payment digital-home-follow-up");
    }

    @Test
    void a_rule_set_without_periods_yaml_has_no_period_payments() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path manifest = rules.resolve("isf-2024/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("periods: periods.yaml\n", ""));
        Files.delete(rules.resolve(PERIODS));

        var ruleSets = DroolsRuleSets.read(rules);

        assertTrue(ruleSets.byId("isf-2024").orElseThrow().parameters().periods().isEmpty());
    }
}
