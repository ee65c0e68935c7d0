package no.pathfin.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.application.financing.FinancePlan;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.financing.FinancedPlan;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * The block grant and income of a plan: the national plan's hip variants A, B and C, one of each as the plan.
 * Points (illustrative weights): A 0.040 + 2.000 + 0.030 + 0.030 = 2.100, B 0.040 + 2.000 + 0.030 = 2.070,
 * C 0.040 + 0.040 + 2.000 + 0.030 = 2.110; the plan's points 2.100 + 2.070 + 2.110 = 6.280 over 3 pathways.
 */
class BlockGrantTest {

    private final FinancePlan finance = new FinancePlan(TestPathfin.get().ruleSets(), TestPathfin.get().pricePathway());

    private static Plan oneOfEachHipVariant() {
        List<Pathway> variants = List.of("hip-replacement-A", "hip-replacement-B", "hip-replacement-C").stream()
                .map(id -> TestPathfin.get().pathways().byId(id).orElseThrow().pathway()).toList();
        return Plan.oneOfEach(variants, "of hip variants A, B and C");
    }

    @Test
    void the_block_grant_is_the_part_of_the_planned_points_isf_does_not_pay_shared_by_every_planned_pathway() {
        FinancedPlan plan = finance.finance(oneOfEachHipVariant(), "isf-2024", FinancingModel.PER_CONTACT,
                ParameterChanges.NONE);

        BlockGrant somatic = plan.blockGrants().get(0);
        assertEquals(Setting.SOMATIC, somatic.setting());
        assertEquals(0, new BigDecimal("6.280").compareTo(somatic.plannedPoints()));
        // (1 − 0.40) × 52 248 × 6.280 / 3 = 31 348.8 × 6.280 / 3 = 196 870.464 / 3 = 65 623.488 → 65 623.49
        assertEquals(Money.of("65623.49"), somatic.perPathway());
        assertEquals("(1 − 0.40) × 52 248 × 6.280 points / 3 planned pathways = 65 623.49", somatic.formula());
        assertEquals(Money.ZERO, plan.blockGrants().get(1).perPathway()); // no PHV contact planned
        // income = ISF + block grant: A 43 888.33 + 65 623.49 = 109 511.82
        assertEquals(Money.of("109511.82"), plan.of("hip-replacement-A").money().income());
        assertEquals(Money.of("43888.33"), plan.of("hip-replacement-A").money().marginalRevenue());
        // the plan: ISF 43 888.33 + 43 261.35 + 44 097.32 = 131 247.00; block grant 3 × 65 623.49 = 196 870.47
        assertEquals(Money.of("131247.00"), plan.isf());
        assertEquals(Money.of("196870.47"), plan.blockGrant());
        assertEquals(Money.of("328117.47"), plan.income());
    }

    @Test
    void a_share_cut_compensated_in_the_block_grant_moves_each_variant_only_by_its_distance_from_the_plan() {
        FinancePlan.Change change = finance.change(oneOfEachHipVariant(), "isf-2024", "isf-2025-plan",
                ParameterChanges.NONE, FinancingModel.PER_CONTACT, Compensation.SHARE);

        // (1 − 0.30) × 52 248 × 6.280 / 3 = 36 573.6 × 6.280 / 3 = 229 682.208 / 3 = 76 560.736 → 76 560.74
        assertEquals(Money.of("76560.74"), change.after().blockGrants().get(0).perPathway());
        // ISF at 30 %: A 626.98 + 31 348.80 + 470.23 + 470.23 = 32 916.24; B 626.98 + 31 348.80 + 470.23 = 32 446.01;
        // C 626.98 + 626.98 + 31 348.80 + 470.23 = 33 072.99
        // income: A 32 916.24 + 76 560.74 = 109 476.98 (109 511.82 before: −34.84)
        //         B 32 446.01 + 76 560.74 = 109 006.75 (108 884.84 before: +121.91)
        //         C 33 072.99 + 76 560.74 = 109 633.73 (109 720.81 before: −87.08)
        assertEquals(Money.of("-34.84"), incomeChange(change, "hip-replacement-A"));
        assertEquals(Money.of("121.91"), incomeChange(change, "hip-replacement-B"));
        assertEquals(Money.of("-87.08"), incomeChange(change, "hip-replacement-C"));
        // the plan's income: 328 117.47 before, 98 435.24 + 3 × 76 560.74 = 328 117.46 after; −0.01 is the rounding
        // of the block grant per pathway to øre (3 × 0.004 kr) and of each ISF line
        assertEquals(Money.of("-0.01"), change.incomeDifference());
        // the marginal revenue of one more A falls by a quarter: 43 888.33 → 32 916.24
        assertEquals(Money.of("32916.24"), change.after().of("hip-replacement-A").money().marginalRevenue());
    }

    @Test
    void with_share_compensation_a_change_of_share_alone_leaves_every_schemes_income_at_plan_unchanged() {
        for (String family : List.of("hip-replacement", "mental-health", "substance-abuse")) {
            Plan plan = Plan.oneOfEach(TestPathfin.get().pathways().family(family).stream()
                    .map(f -> f.pathway()).toList(), "fixture of " + family);
            for (String share : List.of("0.30", "0.10", "0.55")) {
                ParameterChanges cut = no.pathfin.support.Changes.share(Setting.SOMATIC, share)
                        .plus(no.pathfin.support.Changes.share(Setting.PHV, share))
                        .plus(no.pathfin.support.Changes.share(Setting.TSB, share));

                FinancePlan.Change change = finance.change(plan, "isf-2024", null, cut, FinancingModel.PER_CONTACT,
                        Compensation.SHARE);

                // each line's ISF is rounded once to øre and each block grant per pathway once: ½ øre each at most
                long lines = plan.pathways().stream().mapToLong(p -> p.pathway().contacts().size()).sum();
                BigDecimal bound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(2 * lines + 3L * plan.count()));
                assertTrue(change.incomeDifference().kroner().abs().compareTo(bound) <= 0,
                        family + " at " + share + ": " + change.incomeDifference() + " kr off, more than " + bound);
            }
        }
    }

    @Test
    void neutral_compensation_keeps_income_at_plan_whatever_changed() {
        FinancePlan.Change change = finance.change(oneOfEachHipVariant(), "isf-2024", "candidate-2025-package",
                ParameterChanges.NONE, FinancingModel.PER_CONTACT, Compensation.NEUTRAL);

        // the package also raises the control weight, so the plan's ISF moves by more than the share alone; the block
        // grant per pathway takes up the whole difference: 65 623.488 + (ISF before − ISF after) / 3
        BigDecimal perPathway = change.before().isf().minus(change.after().isf()).kroner()
                .divide(BigDecimal.valueOf(3), 10, java.math.RoundingMode.HALF_UP);
        assertEquals(Money.rounded(new BigDecimal("65623.488").add(perPathway)),
                change.after().blockGrants().get(0).perPathway());
        assertTrue(change.incomeDifference().kroner().abs().compareTo(new BigDecimal("0.02")) <= 0,
                change.incomeDifference().toString());
    }

    private static Money incomeChange(FinancePlan.Change change, String pathwayId) {
        return change.after().of(pathwayId).money().income().minus(change.before().of(pathwayId).money().income());
    }
}
