package no.pathfin.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;

/**
 * What the anchor of a bundle episode is paid, component by component, in the one order of the bundle design:
 * price → discount → quality → outlier → corridor. Each step's payment is rounded to øre half up once, and its
 * component is the change from the step before, so the components add up to the payment exactly.
 * <ol>
 *   <li>bundle price P;</li>
 *   <li>discount d: paid = P × (1 − d);</li>
 *   <li>quality reduction r (a quality event in the window): paid = paid × (1 − r);</li>
 *   <li>outlier payment: (V − threshold) × share of excess, on top;</li>
 *   <li>corridor: paid below V × (1 − stopLoss) is brought up to it; above V × (1 + stopGain), down to it.</li>
 * </ol>
 * V is the episode's per-contact value: the per-contact revenue of the contacts it covers.
 */
public final class BundlePayment {

    private final List<Component> components = new ArrayList<>();
    private Money paid;

    private BundlePayment(RuleOutcome.BundlePaid price) {
        Component component = Component.bundlePrice(price.rule(), price.price());
        components.add(component);
        paid = component.amount();
    }

    /** The anchor's components from its bundle decisions; a decision that is absent is a step that does not apply. */
    public static List<Component> components(RuleOutcome.BundlePaid price, RuleOutcome.DiscountTaken discount,
                                             RuleOutcome.QualityReduced quality, RuleOutcome.OutlierPaid outlier,
                                             RuleOutcome.CorridorKept corridor) {
        BundlePayment payment = new BundlePayment(price);
        if (discount != null) {
            payment.reduce("bundle discount", discount.rule(), discount.discount(), "");
        }
        if (quality != null) {
            payment.reduce("bundle quality reduction", quality.rule(), quality.reduction(), " (quality event: "
                    + quality.eventGroupCode() + " at contact " + quality.eventContactId() + " inside the window)");
        }
        if (outlier != null) {
            Component component = Component.outlier(outlier.rule(), outlier.episodeValue(), outlier.threshold(),
                    outlier.shareOfExcess(), outlier.sources());
            payment.components.add(component);
            payment.paid = payment.paid.plus(component.amount());
        }
        if (corridor != null) {
            payment.corridor(corridor);
        }
        return List.copyOf(payment.components);
    }

    /** paid × (1 − share), rounded once; the component is what that takes off. */
    private void reduce(String label, RuleRef rule, Factor share, String why) {
        BigDecimal keep = BigDecimal.ONE.subtract(share.value());
        BigDecimal exact = paid.kroner().multiply(keep);
        Money after = Money.rounded(exact);
        String formula = "1 − " + Numbers.plain(share.value()) + " = " + Numbers.plain(keep) + "; "
                + Numbers.grouped(paid.kroner()) + " × " + Numbers.plain(keep) + " = " + Numbers.grouped(after.kroner())
                + ", less " + Numbers.grouped(paid.minus(after).kroner()) + why;
        components.add(new Component(label, rule, List.of(new Factor("paid before the " + label, paid.kroner(),
                "the steps before: price → discount → quality → outlier → corridor"), share),
                exact.subtract(paid.kroner()), after.minus(paid), formula, BigDecimal.ZERO));
        paid = after;
    }

    /** The payment brought within V × (1 − stopLoss) and V × (1 + stopGain); nothing when it lies within. */
    private void corridor(RuleOutcome.CorridorKept corridor) {
        BigDecimal value = corridor.episodeValue();
        Factor episode = new Factor("episode per-contact value", value, "sum of covered contacts' per-contact ISF");
        if (corridor.stopLoss() != null) {
            BigDecimal keep = BigDecimal.ONE.subtract(corridor.stopLoss().value());
            BigDecimal floor = value.multiply(keep);
            if (paid.kroner().compareTo(floor) < 0) {
                adjust(corridor, episode, corridor.stopLoss(), "1 − ", keep, floor, " < ", "stop-loss");
                return;
            }
        }
        if (corridor.stopGain() != null) {
            BigDecimal most = BigDecimal.ONE.add(corridor.stopGain().value());
            BigDecimal cap = value.multiply(most);
            if (paid.kroner().compareTo(cap) > 0) {
                adjust(corridor, episode, corridor.stopGain(), "1 + ", most, cap, " > ", "stop-gain");
            }
        }
    }

    private void adjust(RuleOutcome.CorridorKept corridor, Factor episode, Factor limit, String sign, BigDecimal factor,
                        BigDecimal bound, String beyond, String side) {
        Money to = Money.rounded(bound);
        Money change = to.minus(paid);
        String formula = sign + Numbers.plain(limit.value()) + " = " + Numbers.plain(factor) + "; "
                + Numbers.grouped(episode.value()) + " × " + Numbers.plain(factor) + " = " + Numbers.grouped(to.kroner())
                + "; paid " + Numbers.grouped(paid.kroner()) + beyond + Numbers.grouped(to.kroner()) + ", so the "
                + side + " adjusts it by " + (change.kroner().signum() > 0 ? "+" : "") + Numbers.grouped(change.kroner());
        components.add(new Component("bundle corridor adjustment", corridor.rule(), List.of(new Factor(
                "paid before the corridor", paid.kroner(), "price → discount → quality → outlier"), episode, limit),
                bound.subtract(paid.kroner()), change, formula, BigDecimal.ZERO));
        paid = to;
    }
}
