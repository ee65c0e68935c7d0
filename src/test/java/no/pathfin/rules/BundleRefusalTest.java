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
 * A value bundles.yaml may not hold is refused naming the file, the line and column it stands at, and its field, as a
 * value of parameters.yaml is: one test per kind of error, each on a copy of isf-2024's bundle.
 */
class BundleRefusalTest {

    private static final String BUNDLES = "isf-2024/bundles.yaml";
    private static final String DESIGNS = "candidate-2025-bundle-designs/bundles.yaml";
    private static final int DISCOUNT_LINE = 27;
    private static final int REDUCTION_LINE = 32;
    private static final int STOP_LOSS_LINE = 37;

    @TempDir
    Path temp;

    /** The rules folder with one line of isf-2024's bundles.yaml (1-based) changed, after checking what it held. */
    private Path withLine(int line, String was, String now) throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve(BUNDLES);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(yaml));
        assertEquals(was, lines.get(line - 1), "line " + line + " of " + BUNDLES);
        lines.set(line - 1, now);
        Files.write(yaml, lines);
        return rules;
    }

    private static DataFileException refused(Path rules, int line, int column, String words) {
        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));
        assertEquals(rules.getFileName() + "/" + BUNDLES, error.file(), error.getMessage());
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains(words), error.getMessage());
        return error;
    }

    @Test
    void a_negative_bundle_price_is_refused_at_its_line_and_column() throws IOException {
        Path rules = withLine(17, "    price: 43749.00", "    price: -43749.00");

        refused(rules, 17, 5, "bundles[0].price: the bundle price must not be negative: -43 749.00");
    }

    @Test
    void a_negative_window_is_refused_at_the_line_of_the_bound_that_is_negative() throws IOException {
        Path rules = withLine(12, "      daysAfter: 90", "      daysAfter: -90");

        refused(rules, 12, 7, "bundles[0].window.daysAfter: window days must not be negative: -90");
    }

    @Test
    void an_unknown_field_of_a_bundle_is_refused_where_it_is_written() throws IOException {
        Path rules = withLine(17, "    price: 43749.00", "    price: 43749.00\n    currency: NOK");

        refused(rules, 18, 5, "currency");
    }

    @Test
    void an_outlier_threshold_below_one_is_refused_at_its_line() throws IOException {
        Path rules = withLine(21, "      thresholdFactor: 1.5", "      thresholdFactor: 0.5");

        refused(rules, 21, 7, "bundles[0].outlier.thresholdFactor: the outlier threshold factor must be at least 1: 0.5");
    }

    @Test
    void an_unknown_contact_kind_is_refused_at_the_code_itself() throws IOException {
        String line = "    includedKinds: [assessment, consultation, admission-with-surgery, day-surgery]";
        Path rules = withLine(13, "    includedKinds: [assessment, control, admission-with-surgery, day-surgery]", line);

        refused(rules, 13, line.indexOf("consultation") + 1, "bundles[0].includedKinds[1]: ");
    }

    @Test
    void a_trigger_group_code_not_in_the_weight_table_is_refused_at_the_code_itself() throws IOException {
        String line = "      groupCodes: [HIP-SURGERY-X]";
        Path rules = withLine(8, "      groupCodes: [HIP-SURGERY]", line);

        refused(rules, 8, line.indexOf("HIP") + 1,
                "bundles[0].trigger.groupCodes[0]: HIP-SURGERY-X is not in the weight table");
    }

    @Test
    void a_bundle_without_a_window_is_refused_at_the_bundle() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve(BUNDLES);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(yaml));
        assertEquals(List.of("    window:", "      daysBefore: 90", "      daysAfter: 90"), lines.subList(9, 12));
        lines.subList(9, 12).clear();
        Files.write(yaml, lines);

        // the bundle begins at line 4, its first field after "  - "
        refused(rules, 4, 5, "bundles[0].window: required");
    }

    @Test
    void a_candidates_own_bundle_is_refused_in_its_own_file_at_its_own_place() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        // candidate-2025-package extends isf-2024, whose hip bundle it keeps; its own file adds a second bundle
        Files.writeString(rules.resolve("candidate-2025-package/bundles.yaml"), """
                bundles:
                  - id: knee-bundle
                    trigger: { groupCodes: [SURG-DAY] }
                    window: { daysBefore: 30, daysAfter: 60 }
                    includedKinds: [control]
                    price: -1
                """);

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(rules.getFileName() + "/candidate-2025-package/bundles.yaml", error.file(), error.getMessage());
        assertEquals(6, error.line(), error.getMessage());
        assertEquals(5, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains("bundles[0].price: the bundle price must not be negative: -1"),
                error.getMessage());
    }

    /** The rules folder with one line of the candidate of bundle designs' bundles.yaml changed, after checking it. */
    private Path withDesignLine(int line, String was, String now) throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve(DESIGNS);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(yaml));
        assertEquals(was, lines.get(line - 1), "line " + line + " of " + DESIGNS);
        lines.set(line - 1, now);
        Files.write(yaml, lines);
        return rules;
    }

    private static void refusedInDesigns(Path rules, int line, int column, String words) {
        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));
        assertEquals(rules.getFileName() + "/" + DESIGNS, error.file(), error.getMessage());
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains(words), error.getMessage());
    }

    @Test
    void a_discount_above_one_is_refused_at_its_line_and_column() throws IOException {
        Path rules = withDesignLine(DISCOUNT_LINE, "    discount: 0.03", "    discount: 1.5");

        refusedInDesigns(rules, DISCOUNT_LINE, 5, "bundles[0].discount: the bundle discount must be between 0 and 1: 1.5");
    }

    @Test
    void a_negative_stop_loss_is_refused_at_its_line_and_column() throws IOException {
        Path rules = withDesignLine(STOP_LOSS_LINE, "      stopLoss: 0.20", "      stopLoss: -0.20");

        refusedInDesigns(rules, STOP_LOSS_LINE, 7,
                "bundles[0].corridor.stopLoss: the corridor's stop-loss must be between 0 and 1: -0.20");
    }

    @Test
    void an_unknown_field_of_a_corridor_is_refused_where_it_is_written() throws IOException {
        Path rules = withDesignLine(STOP_LOSS_LINE, "      stopLoss: 0.20", "      stopLoss: 0.20\n      stopLost: 0.10");

        refusedInDesigns(rules, STOP_LOSS_LINE + 1, 7, "stopLost");
    }

    @Test
    void a_quality_reduction_above_one_is_refused_at_its_line() throws IOException {
        Path rules = withDesignLine(REDUCTION_LINE, "      reduction: 0.05", "      reduction: 5");

        refusedInDesigns(rules, REDUCTION_LINE, 7,
                "bundles[0].quality.reduction: the quality reduction must be between 0 and 1: 5");
    }
}
