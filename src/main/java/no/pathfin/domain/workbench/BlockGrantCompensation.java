package no.pathfin.domain.workbench;

import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.financing.BlockGrant;

/**
 * The question a ministry asks of a change: how much block grant, per scheme, keeps the plan's income where it was,
 * and what each variant then gets. The compensation goes to the block grant, not to the unit price.
 *
 * @param plan    what the block grant is set from ("the mix given: …")
 * @param ruleSet the candidate rule set the block grant is compensated under
 */
public record BlockGrantCompensation(String plan, String ruleSet, List<Scheme> schemes, List<VariantIncome> variants) {

    /** One scheme's block grant for the plan before the change, after it compensated, and the difference needed. */
    public record Scheme(Setting scheme, Money before, Money after, Money needed, BlockGrant grant) {
    }

    /** One variant's income (ISF + block grant per planned pathway) before the change and after, compensated. */
    public record VariantIncome(String pathwayId, long volume, Money before, Money after, Money difference) {
    }

    public BlockGrantCompensation {
        schemes = List.copyOf(schemes);
        variants = List.copyOf(variants);
    }

    /** The compensation needed over every scheme. */
    public Money needed() {
        return schemes.stream().map(Scheme::needed).reduce(Money.ZERO, Money::plus);
    }
}
