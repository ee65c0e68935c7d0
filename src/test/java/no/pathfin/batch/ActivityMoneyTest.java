package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national batch with the whole money: per hospital and scheme, the block grant set from the plan (the activity
 * file, or a plan file), income, cost and margin. HF-AHUS in the sample file has one somatic assessment (0.040) and
 * one control (0.030) in person.
 */
class ActivityMoneyTest {

    private static final Path SAMPLE = Path.of("pathways/activity/sample-activity.csv");

    @TempDir
    Path temp;

    private static Repricing reprice(Path activity, Path plan) {
        return reprice(activity, plan, false);
    }

    private static Repricing reprice(Path activity, Path plan, boolean attribute) {
        List<RepriceActivity.Scenario> scenarios = List.of(new RepriceActivity.Scenario("isf-2024",
                FinancingModel.PER_CONTACT), new RepriceActivity.Scenario("isf-2025-plan", FinancingModel.PER_CONTACT));
        return TestPathfin.get().repriceActivity().reprice(CsvActivitySource.open(activity),
                plan == null ? null : CsvActivitySource.open(plan), scenarios, new RepriceActivity.Options(2, false, 5, attribute),
                (a, b, c) -> { }, RepricingResults.NONE).repricing();
    }

    private static ActivityMoney.Line line(Repricing r, String hospital, Setting scheme) {
        return r.money().lines().stream().filter(l -> l.hospital().equals(hospital) && l.scheme() == scheme)
                .findFirst().orElseThrow();
    }

    @Test
    void each_hospitals_scheme_gets_its_block_grant_from_the_activity_as_the_plan() {
        Repricing r = reprice(SAMPLE, null);
        ActivityMoney.Line ahus = line(r, "HF-AHUS", Setting.SOMATIC);

        assertEquals(2, ahus.contacts());
        assertEquals(0, new BigDecimal("0.070").compareTo(ahus.plannedPoints())); // 0.040 + 0.030
        ActivityMoney.Figures before = ahus.figures().get(0);
        // ISF 0.040 × 52 248 × 0.40 = 835.97 + 0.030 × 52 248 × 0.40 = 626.98 → 1 462.95
        assertEquals(Money.of("1462.95"), before.isf());
        // block grant 0.60 × 52 248 × 0.070 = 2 194.416 → 2 194.42; income 1 462.95 + 2 194.42 = 3 657.37
        assertEquals(Money.of("2194.42"), before.blockGrant());
        assertEquals(Money.of("3657.37"), before.income());
        // cost 0.040 × 52 248 = 2 089.92 + 0.030 × 52 248 = 1 567.44 → 3 657.36; margin 0.01
        assertEquals(Money.of("3657.36"), before.cost());
        assertEquals(Money.of("0.01"), before.margin());
        ActivityMoney.Figures after = ahus.figures().get(1);
        // ISF at 30 %: 626.98 + 470.23 = 1 097.21; block grant 0.70 × 52 248 × 0.070 = 2 560.152 → 2 560.15
        assertEquals(Money.of("1097.21"), after.isf());
        assertEquals(Money.of("2560.15"), after.blockGrant());
        assertEquals(Money.of("3657.36"), after.income()); // −0.01 against 3 657.37: rounding
        assertTrue(r.money().basis().contains("ASSUMPTION"), r.money().basis());
        // the lines add up to the totals, and ISF over the lines is the repricing's total
        assertEquals(r.total().amounts().get(0), r.money().total(2).get(0).isf());
        Money grants = r.money().lines().stream().map(l -> l.figures().get(0).blockGrant()).reduce(Money.ZERO, Money::plus);
        assertEquals(grants, r.money().total(2).get(0).blockGrant());
    }

    @Test
    void with_a_plan_file_the_block_grant_follows_the_plan_and_activity_above_it_earns_isf_alone() throws Exception {
        // the plan: HF-AHUS's two contacts once; the activity: the same twice (twice the plan)
        List<String> sample = Files.readAllLines(SAMPLE);
        List<String> ahus = sample.stream().filter(l -> l.contains(",HF-AHUS,")).toList();
        Path plan = temp.resolve("plan.csv");
        Files.write(plan, concat(List.of(sample.get(0)), ahus));
        Path activity = temp.resolve("activity.csv");
        Files.write(activity, concat(concat(List.of(sample.get(0)), ahus), ahus.stream().map(l -> l.replace("P30",
                "P31")).toList()));

        ActivityMoney.Line line = line(reprice(activity, plan), "HF-AHUS", Setting.SOMATIC);

        assertEquals(4, line.contacts());
        assertEquals(0, new BigDecimal("0.070").compareTo(line.plannedPoints()));
        ActivityMoney.Figures before = line.figures().get(0);
        // block grant from the plan: 2 194.42 as above; ISF on twice the activity 2 × 1 462.95 = 2 925.90
        assertEquals(Money.of("2194.42"), before.blockGrant());
        assertEquals(Money.of("2925.90"), before.isf());
        // income 2 925.90 + 2 194.42 = 5 120.32; cost 2 × 3 657.36 = 7 314.72: the second pathway earns ISF alone
        assertEquals(Money.of("5120.32"), before.income());
        assertEquals(Money.of("-2194.40"), before.margin()); // 5 120.32 − 7 314.72
    }

    @Test
    void the_attribution_of_income_adds_up_to_the_change_of_income_and_a_compensated_share_cut_moves_it_by_rounding() {
        Repricing r = reprice(SAMPLE, null, true);

        List<ActivityMoney.Figures> total = r.money().total(2);
        Money incomeChange = total.get(1).income().minus(total.get(0).income());
        assertEquals(incomeChange, r.attribution().get("income").total());
        // ISF falls by a quarter of its somatic part; income by the rounding of lines and grants alone
        assertEquals(Money.of("-19958.78"), r.attribution().get("total").total());
        assertEquals(Money.of("-0.06"), incomeChange);
        Money sum = r.attribution().get("income").contributions().stream().map(c -> c.amount())
                .reduce(Money.ZERO, Money::plus);
        assertEquals(incomeChange, sum);
    }

    @Test
    void neutral_compensation_needs_the_activity_as_the_plan_and_says_so() {
        List<RepriceActivity.Scenario> scenarios = List.of(new RepriceActivity.Scenario("isf-2024",
                FinancingModel.PER_CONTACT), new RepriceActivity.Scenario("isf-2025-plan", FinancingModel.PER_CONTACT));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> TestPathfin.get()
                .repriceActivity().reprice(CsvActivitySource.open(SAMPLE), CsvActivitySource.open(SAMPLE), scenarios,
                        new RepriceActivity.Options(2, false, 5, false, Compensation.NEUTRAL), (a, b, c) -> { },
                        RepricingResults.NONE));
        assertEquals("compensation", refused.field());
        assertTrue(refused.getMessage().contains("needs the activity as the plan"), refused.getMessage());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
