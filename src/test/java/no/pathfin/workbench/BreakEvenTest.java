package no.pathfin.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.application.workbench.FindBreakEven;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.support.Changes;
import no.pathfin.domain.workbench.BreakEven;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** Budget-neutral bundle prices and break-even unit prices, found through the rules, exact to the øre. */
class BreakEvenTest {

    private static FindBreakEven.Variant variant(String id, long volume) {
        return new FindBreakEven.Variant(TestPathfin.get().pathways().byId(id).orElseThrow().pathway(), volume);
    }

    @Test
    void the_budget_neutral_bundle_price_reproduces_the_per_contact_total_to_the_ore() {
        BreakEven price = TestPathfin.get().findBreakEven().budgetNeutralBundlePrice("isf-2024", null, List.of(
                variant("hip-replacement-A", 1), variant("hip-replacement-B", 1), variant("hip-replacement-C", 1)));

        // (43 888.33 + 43 261.35 + 44 097.32) / 3 = 43 749.00, the price stated in bundles.yaml
        assertEquals(Money.of("43749.00"), price.price());
        assertEquals(Money.of("131247.00"), price.target());
        assertEquals(price.target(), price.total());
        assertEquals(Money.ZERO, price.residual());
        assertEquals(List.of(Money.of("-139.33"), Money.of("487.65"), Money.of("-348.32")),
                price.effects().stream().map(BreakEven.Effect::difference).toList());
        assertTrue(price.method().startsWith("bisection over whole øre"));
    }

    @Test
    void with_volumes_the_price_is_the_whole_ore_nearest_to_budget_neutral() {
        BreakEven price = TestPathfin.get().findBreakEven().budgetNeutralBundlePrice("isf-2024", "hip-replacement-bundle",
                List.of(variant("hip-replacement-A", 2), variant("hip-replacement-B", 1), variant("hip-replacement-C", 1)));

        // target 2 × 43 888.33 + 43 261.35 + 44 097.32 = 175 135.33 over 4 episodes: 43 783.8325 → 43 783.83
        assertEquals(Money.of("175135.33"), price.target());
        assertEquals(Money.of("43783.83"), price.price());
        assertEquals(Money.of("-0.01"), price.residual());
    }

    @Test
    void the_break_even_unit_price_offsets_a_lower_share() {
        ParameterChanges share = Changes.share(Setting.SOMATIC, "0.30");

        BreakEven price = TestPathfin.get().findBreakEven().breakEvenUnitPrice("isf-2024", null, share, Setting.SOMATIC,
                List.of(variant("hip-replacement-A", 1), variant("hip-replacement-B", 1), variant("hip-replacement-C", 1)));

        // 52 248 × 0.40 / 0.30 = 69 664, give or take what per-line rounding to øre does
        assertTrue(price.price().kroner().subtract(new BigDecimal("69664")).abs().compareTo(BigDecimal.ONE) < 0,
                price.price().toString());
        assertTrue(price.residual().kroner().abs().compareTo(new BigDecimal("0.05")) <= 0, price.residual().toString());
        assertEquals(Money.of("131247.00"), price.target());
    }
}
