package no.pathfin.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.financing.FinancePlan;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.Money;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.costing.PathwayCost;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.support.TestFiles;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What pathways cost by the shipped cost model (rules/common/costs.yaml, every figure illustrative or an assumption):
 * cost weight × the rule set's unit price, × 0.15 for video and phone, × 1.50 for ambulant work; personnel minutes by
 * kind and mode. Worked by hand under isf-2024 (somatic 52 248 kr, PHV 3 675 kr a point).
 */
class CostTest {

    @TempDir
    Path temp;

    private static Pathway fixture(String id) {
        return TestPathfin.get().pathways().byId(id).orElseThrow().pathway();
    }

    private static FinancePlan finance(RuleSets ruleSets) {
        return new FinancePlan(ruleSets, new PricePathway(ruleSets, DecisionCache.off()));
    }

    private final FinancePlan shipped = finance(TestPathfin.get().ruleSets());

    @Test
    void a_video_or_phone_control_costs_a_fraction_of_an_attendance_and_so_the_variants_margins_differ() {
        PathwayCost a = shipped.cost(fixture("hip-replacement-A"), "isf-2024");
        PathwayCost b = shipped.cost(fixture("hip-replacement-B"), "isf-2024");
        PathwayCost c = shipped.cost(fixture("hip-replacement-C"), "isf-2024");

        // A: 0.040 × 52 248 = 2 089.92; 2.000 × 52 248 = 104 496.00; two controls 0.030 × 52 248 = 1 567.44 each
        //    2 089.92 + 104 496.00 + 1 567.44 + 1 567.44 = 109 720.80
        assertEquals(Money.of("109720.80"), a.total());
        assertEquals("0.030 × 52 248 = 1 567.44", a.lines().get(2).formula());
        // B: the video control 1 567.44 × 0.15 = 235.116 → 235.12; 2 089.92 + 104 496.00 + 235.12 = 106 821.04
        assertEquals(Money.of("106821.04"), b.total());
        assertEquals("0.030 × 52 248 × 0.15 (video factor) = 235.12", b.lines().get(2).formula());
        // C: two assessments 4 179.84 + 104 496.00 + the phone control 235.12 = 108 910.96
        assertEquals(Money.of("108910.96"), c.total());
        // minutes, A: physician 45 + 240 + 20 + 20 = 325, nurse 1 200, physiotherapist 90; 1 615 / 60 = 26.9166… → 26.92
        assertEquals(Map.of(PersonnelGroup.PHYSICIAN, new BigDecimal("325"), PersonnelGroup.NURSE, new BigDecimal("1200"),
                PersonnelGroup.PHYSIOTHERAPIST, new BigDecimal("90")), a.minutes());
        assertEquals(new BigDecimal("26.92"), a.hours());
        assertEquals(new BigDecimal("26.58"), b.hours()); // 305 + 1 200 + 90 = 1 595 minutes
        assertEquals(new BigDecimal("27.25"), c.hours()); // 345 + 1 200 + 90 = 1 635 minutes
    }

    @Test
    void ambulant_work_costs_and_takes_half_again_and_every_contact_costs_whoever_performs_it() {
        PathwayCost team = shipped.cost(fixture("mental-health-ambulant-team"), "isf-2024");

        // M1 1.200 × 3 675 = 4 410.00; M2, M3 ambulant 1.000 × 3 675 × 1.50 = 5 512.50 each; M4 0.500 × 3 675 = 1 837.50;
        // M5 video 3 675 × 0.15 = 551.25; M6 by the municipality under agreement 3 675.00; M7 phone 551.25
        // 4 410.00 + 5 512.50 + 5 512.50 + 1 837.50 + 551.25 + 3 675.00 + 551.25 = 22 050.00
        assertEquals(Money.of("22050.00"), team.total());
        assertEquals("1.000 × 3 675 × 1.50 (ambulant) = 5 512.50", team.lines().get(1).formula());
        // psychologist 45 + 60 × 1.5 + 60 + 60 = 255; nurse 60 × 1.5 + 60 + 60 = 210; 465 / 60 = 7.75 hours
        assertEquals(0, new BigDecimal("255").compareTo(team.minutes().get(PersonnelGroup.PSYCHOLOGIST)));
        assertEquals(0, new BigDecimal("210").compareTo(team.minutes().get(PersonnelGroup.NURSE)));
        assertEquals(new BigDecimal("7.75"), team.hours());
    }

    @Test
    void a_kpp_cost_table_replaces_weight_times_unit_cost_for_its_group_codes() throws IOException {
        Path rules = TestFiles.rules(temp);
        Files.writeString(rules.resolve("isf-2024/kpp.csv"), """
                group_code;description;cost;source
                HIP-SURGERY;Primary hip prosthesis admission;118 000,00;ILLUSTRATIVE: a test figure
                """.replace("118 000,00", "118000,00"));
        Path manifest = rules.resolve("isf-2024/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest) + "groupCosts: kpp.csv\n");
        RuleSets withKpp = DroolsRuleSets.load(rules);

        PathwayCost a = finance(withKpp).cost(fixture("hip-replacement-A"), "isf-2024");

        // 2 089.92 + 118 000.00 + 1 567.44 + 1 567.44 = 123 224.80
        assertEquals(Money.of("123224.80"), a.total());
        assertEquals("ILLUSTRATIVE: a test figure", a.lines().get(1).factors().get(0).source());
        assertNotEquals(TestPathfin.get().ruleSets().byId("isf-2024").orElseThrow().info().contentHash(),
                withKpp.byId("isf-2024").orElseThrow().info().contentHash());
        // a candidate that extends isf-2024 takes its cost table with it
        assertEquals(Money.of("123224.80"), finance(withKpp).cost(fixture("hip-replacement-A"),
                "isf-2024-phone-in-mental-health").total());
    }

    @Test
    void a_cost_figure_without_a_source_or_a_bad_code_is_reported_with_file_and_line() throws IOException {
        Path rules = TestFiles.rules(temp);
        Path costs = rules.resolve("common/costs.yaml");
        String shipped = Files.readString(costs);
        Files.writeString(costs, shipped.replaceFirst("  value: 1.50\n  source: \"[^\"]*\"", "  value: 1.50"));

        DataFileException unsourced = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));
        assertEquals(rules.getFileName() + "/common/costs.yaml", unsourced.file());
        assertTrue(unsourced.getMessage().contains("ambulantFactor: every figure needs a source"), unsourced.getMessage());
        assertTrue(unsourced.line() > 0, unsourced.getMessage());

        Files.writeString(costs, shipped.replace("kind: day-surgery, mode: any, personnel: nurse",
                "kind: day-surgery, mode: any, personnel: porter"));
        DataFileException badCode = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));
        assertTrue(badCode.getMessage().contains("personnelMinutes[10].personnel: unknown value 'porter'"),
                badCode.getMessage());
    }
}
