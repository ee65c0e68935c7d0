package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.pricing.RuleRef;
import no.pathfin.domain.ruleset.Tariff;
import org.kie.api.definition.rule.Rule;

/** Helpers the rules' consequences call to record a decision; they compute nothing but the record. */
public final class Outcomes {

    private Outcomes() {
    }

    /** The fired rule, with the regulation its {@code @regulation} metadata cites. */
    public static RuleRef ref(Rule rule) {
        Object regulation = rule.getMetaData().get("regulation");
        String text = regulation == null ? "" : regulation.toString();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return new RuleRef(rule.getName(), text);
    }

    public static Refusal refuse(Rule rule, ContactFact contact, String reason) {
        return new Refusal(contact.getId(), ref(rule), reason);
    }

    /** cost weight × unit price × ISF share, for the contact's own group code. */
    public static RuleOutcome.Earned isf(Rule rule, ContactFact contact, TariffFact tariff) {
        Factor weight = new Factor("cost weight " + contact.getGroupCode(), contact.getCostWeight().weight(),
                contact.getCostWeight().source());
        return earned(rule, contact, tariff, "ISF", weight);
    }

    /** supplement weight × unit price × ISF share, for a contact outside the hospital walls. */
    public static RuleOutcome.Earned ambulantSupplement(Rule rule, ContactFact contact, TariffFact tariff) {
        Tariff t = tariff.getTariff();
        Factor weight = new Factor("ambulant supplement weight", t.ambulantSupplementWeight(),
                t.sourceOf("ambulantSupplementWeight"));
        return earned(rule, contact, tariff, "ambulant supplement", weight);
    }

    private static RuleOutcome.Earned earned(Rule rule, ContactFact contact, TariffFact tariff, String label, Factor weight) {
        Tariff t = tariff.getTariff();
        return new RuleOutcome.Earned(contact.getId(), ref(rule), label, weight,
                new Factor("unit price", t.unitPrice(), t.sourceOf("unitPrice")),
                new Factor("ISF share", t.isfShare(), t.sourceOf("isfShare")));
    }

    public static RuleOutcome.BundlePaid bundlePaid(Rule rule, Anchor anchor) {
        BundleFact bundle = anchor.getBundle();
        return new RuleOutcome.BundlePaid(anchor.getContactId(), ref(rule), bundle.getId(),
                new Factor("bundle price " + bundle.getId(), bundle.getPrice(), bundle.getDefinition().priceBasis()));
    }

    public static RuleOutcome.OutlierPaid outlierPaid(Rule rule, Anchor anchor, EpisodeValue value) {
        BundleFact bundle = anchor.getBundle();
        no.pathfin.domain.ruleset.BundleDesign design = bundle.getDefinition().design();
        return new RuleOutcome.OutlierPaid(anchor.getContactId(), ref(rule), bundle.getId(), value.getValue(),
                bundle.getOutlierThreshold(), bundle.getDefinition().outlier().shareOfExcess(),
                new RuleOutcome.OutlierSources(design.sourceOf("outlier.thresholdFactor"),
                        design.sourceOf("outlier.shareOfExcess")));
    }

    public static RuleOutcome.DiscountTaken discountTaken(Rule rule, Anchor anchor) {
        BundleFact bundle = anchor.getBundle();
        return new RuleOutcome.DiscountTaken(anchor.getContactId(), ref(rule), bundle.getId(), new Factor("discount",
                bundle.getDefinition().design().discount(), bundle.getDefinition().design().sourceOf("discount")));
    }

    public static RuleOutcome.QualityReduced qualityReduced(Rule rule, Anchor anchor, EpisodeContact event) {
        BundleFact bundle = anchor.getBundle();
        return new RuleOutcome.QualityReduced(anchor.getContactId(), ref(rule), bundle.getId(), new Factor(
                "quality reduction", bundle.getDefinition().design().quality().reduction(),
                bundle.getDefinition().design().sourceOf("quality.reduction")), event.getId(), event.getGroupCode());
    }

    public static RuleOutcome.CorridorKept corridorKept(Rule rule, Anchor anchor, EpisodeValue value) {
        BundleFact bundle = anchor.getBundle();
        no.pathfin.domain.ruleset.BundleDesign design = bundle.getDefinition().design();
        BigDecimal loss = design.corridor().stopLoss();
        BigDecimal gain = design.corridor().stopGain();
        return new RuleOutcome.CorridorKept(anchor.getContactId(), ref(rule), bundle.getId(), value.getValue(),
                loss == null ? null : new Factor("stop-loss", loss, design.sourceOf("corridor.stopLoss")),
                gain == null ? null : new Factor("stop-gain", gain, design.sourceOf("corridor.stopGain")));
    }

    public static RuleOutcome.PricedSeparately separately(Rule rule, EpisodeContact contact, Anchor anchor, String reason) {
        return new RuleOutcome.PricedSeparately(contact.getId(), ref(rule), anchor.getBundle().getId(),
                anchor.getContactId(), reason);
    }

    /** period weight × unit price × ISF share of the period payment's setting, on the period's first contact. */
    public static RuleOutcome.PeriodPaid periodPaid(Rule rule, Qualifying first, TariffFact tariff) {
        Tariff t = tariff.getTariff();
        no.pathfin.domain.ruleset.PeriodDefinition period = first.getPayment().getDefinition();
        return new RuleOutcome.PeriodPaid(first.getContactId(), ref(rule), period.id(), first.getPeriodLabel(),
                new Factor("period weight " + period.id(), period.weight(), period.source()),
                new Factor("unit price", t.unitPrice(), t.sourceOf("unitPrice")),
                new Factor("ISF share", t.isfShare(), t.sourceOf("isfShare")));
    }

    /** Another qualifying contact of the period: covered by the payment the period's first contact carries. */
    public static RuleOutcome.PeriodCovered periodCovered(Rule rule, Qualifying other, Qualifying first) {
        return new RuleOutcome.PeriodCovered(other.getContactId(), ref(rule), other.getPeriodId(),
                other.getPeriodLabel(), first.getContactId());
    }

    public static BigDecimal sum(java.util.Collection<?> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object value : values) {
            total = total.add((BigDecimal) value);
        }
        return total;
    }
}
