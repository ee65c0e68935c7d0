package no.pathfin.domain.pricing;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;

/**
 * One named part of a contact's revenue, with the rule that produced it, the formula's inputs, the exact
 * (unrounded) value and the amount rounded to øre by {@link Money#rounded}.
 *
 * @param points the cost-weight points the component pays for (its weight, for the ISF formula; zero for a bundle
 *               price or an outlier payment): what planned activity is counted in
 */
public record Component(String label, RuleRef rule, List<Factor> factors, BigDecimal exact, Money amount, String formula,
                        BigDecimal points) {

    public Component {
        factors = List.copyOf(factors);
    }

    /** The ISF formula: cost weight × unit price × ISF share. */
    public static Component isf(String label, RuleRef rule, Factor weight, Factor unitPrice, Factor share) {
        BigDecimal exact = weight.value().multiply(unitPrice.value()).multiply(share.value());
        Money amount = Money.rounded(exact);
        String formula = Numbers.plain(weight.value()) + " × " + Numbers.grouped(unitPrice.value()) + " × "
                + Numbers.plain(share.value()) + " = " + Numbers.grouped(amount.kroner());
        return new Component(label, rule, List.of(weight, unitPrice, share), exact, amount, formula, weight.value());
    }

    /** A bundle price, paid once for the episode on its anchor contact. */
    public static Component bundlePrice(RuleRef rule, Factor price) {
        Money amount = Money.rounded(price.value());
        return new Component("bundle price", rule, List.of(price), price.value(), amount,
                Numbers.grouped(amount.kroner()) + " (" + price.source() + ")", BigDecimal.ZERO);
    }

    /** The outlier payment: (episode value − threshold) × share of the excess. */
    public static Component outlier(RuleRef rule, BigDecimal episodeValue, BigDecimal threshold, BigDecimal share,
                                    RuleOutcome.OutlierSources sources) {
        BigDecimal exact = episodeValue.subtract(threshold).multiply(share);
        Money amount = Money.rounded(exact);
        String formula = "(" + Numbers.grouped(episodeValue) + " − " + Numbers.grouped(threshold) + ") × "
                + Numbers.plain(share) + " = " + Numbers.grouped(amount.kroner());
        return new Component("bundle outlier payment", rule, List.of(
                new Factor("episode per-contact value", episodeValue, "sum of covered contacts' per-contact ISF"),
                new Factor("outlier threshold", threshold, "threshold factor × bundle price (threshold factor: "
                        + sources.thresholdFactor() + ")"),
                new Factor("share of excess", share, sources.shareOfExcess())), exact, amount, formula, BigDecimal.ZERO);
    }
}
