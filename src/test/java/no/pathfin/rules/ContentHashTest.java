package no.pathfin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.port.RuleSets;
import no.pathfin.support.TestFiles;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content hash identifies the numbers: the same files give the same hash wherever the rules folder lies. */
class ContentHashTest {

    @TempDir
    Path temp;

    @Test
    void byte_identical_rules_in_another_folder_carry_the_same_hash_for_every_rule_set() {
        Path here = TestFiles.copy(TestPathfin.RULES, temp.resolve("checkout-a").resolve("rules"));
        Path elsewhere = TestFiles.copy(TestPathfin.RULES, temp.resolve("archive-2024").resolve("regler"));

        Map<String, String> hashesHere = hashes(DroolsRuleSets.read(here));
        Map<String, String> hashesElsewhere = hashes(DroolsRuleSets.read(elsewhere));

        assertEquals(9, hashesHere.size(), hashesHere.toString());
        assertEquals(hashesHere, hashesElsewhere);
        assertEquals(hashesHere, hashes(DroolsRuleSets.read(TestPathfin.RULES.toAbsolutePath())));
    }

    @Test
    void one_changed_byte_in_a_weight_table_changes_that_rule_sets_hash_and_no_other() throws IOException {
        Path rules = TestFiles.copy(TestPathfin.RULES, temp.resolve("regler"));
        Map<String, String> before = hashes(DroolsRuleSets.read(rules));
        Path csv = rules.resolve("isf-2023/weights.csv");
        String table = Files.readString(csv);
        Files.writeString(csv, table.replace("prosthesis\",2.400,", "prosthesis\",2.401,")); // one byte: 0 → 1
        assertEquals(table.length(), Files.readString(csv).length());
        assertNotEquals(table, Files.readString(csv));

        Map<String, String> after = hashes(DroolsRuleSets.read(rules));

        assertNotEquals(before.get("isf-2023"), after.get("isf-2023"));
        before.remove("isf-2023");
        after.remove("isf-2023");
        assertEquals(before, after);
    }

    private static Map<String, String> hashes(RuleSets ruleSets) {
        Map<String, String> hashes = new TreeMap<>();
        ruleSets.all().forEach(r -> hashes.put(r.info().id(), r.info().contentHash()));
        return hashes;
    }
}
