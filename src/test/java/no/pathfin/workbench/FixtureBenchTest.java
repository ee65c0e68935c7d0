package no.pathfin.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.application.Pathfin;
import no.pathfin.application.workbench.CheckFixtures;
import no.pathfin.domain.Money;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures as the test bench of rules: what a candidate breaks, and re-approval in place after review. */
class FixtureBenchTest {

    /** How approval marks a working it wrote, as the fixture files show it. */
    private static final String APPROVED = "approved from the rules: ";

    @TempDir
    Path temp;

    private Pathfin over(Path pathways) {
        return Pathfin.of(TestPathfin.get().ruleSets(), JsonPathwayCatalog.load(pathways));
    }

    @Test
    void a_check_shows_what_a_candidate_breaks_and_rewrites_nothing() throws Exception {
        Path pathways = no.pathfin.support.TestFiles.copy(Path.of("pathways"), temp.resolve("pathways"));
        byte[] before = Files.readAllBytes(pathways.resolve("hip-replacement/B.json"));

        List<CheckFixtures.Finding> findings = over(pathways).checkFixtures()
                .check(Map.of("isf-2024", "candidate-2025-package"));

        CheckFixtures.Finding b = findings.stream().filter(f -> f.fixture().pathway().id().equals("hip-replacement-B")
                && f.label().equals("isf-2024 / per-contact") && f.item().equals("total")).findFirst().orElseThrow();
        assertEquals(new java.math.BigDecimal("43261.35"), b.expected());
        assertEquals(new java.math.BigDecimal("32524.38"), b.actual()); // 626.98 + 31 348.80 + 0.035 × 52 248 × 0.30 (548.60)
        assertTrue(findings.stream().filter(f -> f.fixture().pathway().id().equals("substance-abuse-outpatient"))
                .allMatch(CheckFixtures.Finding::holds), "TSB is untouched by the package");
        assertArrayEquals(before, Files.readAllBytes(pathways.resolve("hip-replacement/B.json")));
        assertTrue(TestPathfin.get().checkFixtures().check(Map.of()).stream().allMatch(CheckFixtures.Finding::holds));
    }

    @Test
    void approving_rewrites_the_figures_in_place_with_working_that_adds_up() throws Exception {
        Path pathways = no.pathfin.support.TestFiles.copy(Path.of("pathways"), temp.resolve("pathways"));
        Pathfin pathfin = over(pathways);
        Map<String, String> standIn = Map.of("isf-2024", "candidate-2025-package");

        List<String> changed = pathfin.checkFixtures().approve(pathfin.checkFixtures().approvals("isf-2024", standIn));

        assertTrue(changed.contains("pathways/hip-replacement/B.json isf-2024 / per-contact total: 43 261.35 → 32 524.38"),
                changed.toString());
        Pathfin reread = over(pathways);
        List<CheckFixtures.Finding> after = reread.checkFixtures().check(standIn);
        assertTrue(after.stream().filter(f -> !f.item().equals("difference")).allMatch(CheckFixtures.Finding::holds));
        PathwayFixture b = reread.pathways().byId("hip-replacement-B").orElseThrow();
        PathwayFixture.Expectation approved = b.expectations().stream()
                .filter(e -> "isf-2024".equals(e.ruleSet()) && e.model() == no.pathfin.domain.pricing.FinancingModel.PER_CONTACT)
                .findFirst().orElseThrow();
        assertEquals(Money.of("32524.38"), approved.total());
        assertEquals(List.of("B1", "B2", "B3"), List.copyOf(approved.lines().keySet()));
        // the program's working is marked as such; the arithmetic after the mark is re-checked like a hand-written one
        assertEquals(List.of("B1: " + APPROVED + "0.040 × 52 248 × 0.30 = 626.98",
                "B2: " + APPROVED + "2.000 × 52 248 × 0.30 = 31 348.80",
                "B3: " + APPROVED + "0.035 × 52 248 × 0.30 = 548.60",
                "total: " + APPROVED + "626.98 + 31 348.80 + 548.60 = 32 524.38"), approved.working());
        for (String working : approved.working()) {
            assertEquals(java.util.Optional.empty(), no.pathfin.fixtures.ArithmeticForTests.check(working), working);
        }
    }

    @Test
    void every_rewritten_working_is_marked_as_approved_and_no_hand_written_one_is() throws Exception {
        Path pathways = no.pathfin.support.TestFiles.copy(Path.of("pathways"), temp.resolve("pathways"));
        Pathfin pathfin = over(pathways);

        pathfin.checkFixtures().approve(pathfin.checkFixtures().approvals("isf-2024",
                Map.of("isf-2024", "candidate-2025-package")));

        int rewritten = 0;
        int untouched = 0;
        for (PathwayFixture after : over(pathways).pathways().all()) {
            PathwayFixture before = TestPathfin.get().pathways().byId(after.pathway().id()).orElseThrow();
            for (int i = 0; i < after.expectations().size(); i++) {
                PathwayFixture.Expectation e = after.expectations().get(i);
                String where = after.file() + " " + e.label();
                if ("isf-2024".equals(e.ruleSet())) {
                    rewritten++;
                    for (String working : e.working()) { // "B1: …", "total: …"
                        assertTrue(working.substring(working.indexOf(": ") + 2).startsWith(APPROVED), where + ": " + working);
                        assertEquals(java.util.Optional.empty(), no.pathfin.fixtures.ArithmeticForTests.check(working),
                                where + ": " + working);
                    }
                } else {
                    untouched++;
                    assertEquals(before.expectations().get(i).working(), e.working(), where);
                    assertTrue(e.working().stream().noneMatch(w -> w.contains(APPROVED)), where);
                }
            }
            assertEquals(before.differences(), after.differences(), after.file() + ": stated differences are not rewritten");
        }
        assertTrue(rewritten > 0 && untouched > 0, rewritten + " rewritten, " + untouched + " untouched");
    }
}
