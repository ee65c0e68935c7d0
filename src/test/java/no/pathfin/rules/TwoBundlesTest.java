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
import no.pathfin.application.port.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bundles of one rule set may not share a trigger code, or a contact with it would anchor both and the contacts
 * around it be covered twice: the rule set is refused at load with the file, the line and both bundle ids.
 */
class TwoBundlesTest {

    @TempDir
    Path temp;

    /** The rules folder with a second bundle added to isf-2024's bundles.yaml, triggered as given. */
    private Path withSecondBundle(String trigger) throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        // the candidate of bundle designs replaces isf-2024's hip bundle by its own and loads first (folders load in
        // name order): it would be refused first, at its own bundle; these tests are about isf-2024's file
        try (var files = Files.walk(rules.resolve("candidate-2025-bundle-designs"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(rules.resolve("isf-2024/bundles.yaml"), """
                  - id: hip-revision-bundle
                    trigger:
                %s
                    window: { daysBefore: 30, daysAfter: 90 }
                    includedKinds: [control]
                    price: 50000
                """.formatted(trigger), java.nio.file.StandardOpenOption.APPEND);
        return rules;
    }

    /** The 1-based line of the bundles file that holds the text. */
    private static int lineOf(Path rules, String text) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve("isf-2024/bundles.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    @Test
    void two_bundles_sharing_a_trigger_group_code_are_refused_with_file_line_and_both_ids() throws IOException {
        Path rules = withSecondBundle("      groupCodes: [HIP-REVISION, HIP-SURGERY]");

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(rules.getFileName() + "/isf-2024/bundles.yaml", error.file());
        assertEquals(lineOf(rules, "[HIP-REVISION, HIP-SURGERY]"), error.line(), error.getMessage());
        assertEquals("      groupCodes: [HIP-REVISION, ".length() + 1, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains("bundles[1].trigger.groupCodes[1]: the group code HIP-SURGERY triggers"
                + " both bundle hip-replacement-bundle (" + rules.getFileName() + "/isf-2024/bundles.yaml, line 8)"
                + " and bundle hip-revision-bundle"), error.getMessage());
    }

    @Test
    void two_bundles_sharing_a_trigger_procedure_code_are_refused_with_file_line_and_both_ids() throws IOException {
        Path rules = withSecondBundle("      procedureCodes: [NFC20, NFB99]");

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(lineOf(rules, "[NFC20, NFB99]"), error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("the procedure code NFB99 triggers both bundle hip-replacement-bundle"),
                error.getMessage());
        assertTrue(error.getMessage().contains("and bundle hip-revision-bundle"), error.getMessage());
    }

    @Test
    void two_bundles_with_triggers_of_their_own_load() throws IOException {
        Path rules = withSecondBundle("      groupCodes: [HIP-REVISION]");

        RuleSets loaded = DroolsRuleSets.read(rules);

        assertEquals(List.of("hip-replacement-bundle", "hip-revision-bundle"), loaded.byId("isf-2024").orElseThrow()
                .parameters().bundles().stream().map(b -> b.id()).toList());
    }

    @Test
    void a_candidates_bundle_sharing_its_bases_trigger_is_refused_in_the_candidates_file() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Files.writeString(rules.resolve("candidate-2025-package/bundles.yaml"), """
                bundles:
                  - id: short-hip-bundle
                    trigger: { procedureCodes: [NFB20] }
                    window: { daysBefore: 0, daysAfter: 30 }
                    includedKinds: [control]
                    price: 40000
                """);

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(rules.getFileName() + "/candidate-2025-package/bundles.yaml", error.file());
        assertEquals(3, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("the procedure code NFB20 triggers both bundle hip-replacement-bundle ("
                + rules.getFileName() + "/isf-2024/bundles.yaml, line 9) and bundle short-hip-bundle"), error.getMessage());
    }

    @Test
    void a_bundle_id_written_twice_in_one_file_is_refused_rather_than_one_silently_dropped() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path yaml = rules.resolve("isf-2024/bundles.yaml");
        String bundle = Files.readString(yaml).substring(Files.readString(yaml).indexOf("  - id:"));
        Files.writeString(yaml, bundle, java.nio.file.StandardOpenOption.APPEND);

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.read(rules));

        assertEquals(23, error.line(), error.getMessage()); // the original's 22 lines, then the copy's id
        assertTrue(error.getMessage().contains("bundle hip-replacement-bundle is defined twice in this file (first at "
                + rules.getFileName() + "/isf-2024/bundles.yaml, line 4)"), error.getMessage());
    }
}
