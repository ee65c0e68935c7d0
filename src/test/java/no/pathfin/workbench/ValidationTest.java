package no.pathfin.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.ruleset.ValidateRuleSets;
import no.pathfin.support.TestFiles;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation across rule sets and fixtures. */
class ValidationTest {

    @TempDir
    Path temp;

    @Test
    void the_shipped_rule_sets_and_fixtures_validate() {
        assertEquals(List.of(), TestPathfin.get().validateRuleSets().validate(TestPathfin.get().ruleSets()));
    }

    @Test
    void a_candidate_weight_table_without_a_code_a_fixture_uses_is_reported_with_rule_set_and_fixture() throws Exception {
        Path rules = TestFiles.rules(temp);
        Path weights = rules.resolve("isf-2024/weights.csv");
        List<String> rows = Files.readAllLines(weights);
        Files.write(weights, rows.stream().filter(r -> !r.startsWith("PHV-COLLAB")).toList());

        List<ValidateRuleSets.Problem> problems = TestPathfin.get().validateRuleSets().validate(DroolsRuleSets.load(rules));

        assertTrue(problems.stream().anyMatch(p -> p.ruleSet().equals("isf-2024")
                && p.fixture().equals("pathways/mental-health/ambulant-team.json")
                && p.message().contains("[PHV-COLLAB]")), problems.toString());
    }
}
