package no.pathfin.application.pricing;

import java.util.ArrayList;
import java.util.List;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.pricing.BundlePayment;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.RuleOutcome;

/**
 * The bundle decisions about an episode's anchor (its price, and the design options that apply to it), gathered in
 * whatever order the engine returns them, and priced in the one order of {@link BundlePayment}.
 */
final class AnchorDecisions {

    private RuleOutcome.BundlePaid price;
    private RuleOutcome.DiscountTaken discount;
    private RuleOutcome.QualityReduced quality;
    private RuleOutcome.OutlierPaid outlier;
    private RuleOutcome.CorridorKept corridor;

    /** Takes a decision about the anchor's payment; false for any other decision. */
    boolean add(RuleOutcome outcome) {
        if (outcome instanceof RuleOutcome.BundlePaid o) {
            price = o;
        } else if (outcome instanceof RuleOutcome.DiscountTaken o) {
            discount = o;
        } else if (outcome instanceof RuleOutcome.QualityReduced o) {
            quality = o;
        } else if (outcome instanceof RuleOutcome.OutlierPaid o) {
            outlier = o;
        } else if (outcome instanceof RuleOutcome.CorridorKept o) {
            corridor = o;
        } else {
            return false;
        }
        return true;
    }

    RuleOutcome.BundlePaid price() {
        return price;
    }

    /** price → discount → quality → outlier → corridor; none without a price (the contact anchors nothing). */
    List<Component> components() {
        return price == null ? List.of() : BundlePayment.components(price, discount, quality, outlier, corridor);
    }

    /** What a reader needs beyond the components: the order, and a corridor that did not need to adjust. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (discount != null || quality != null || corridor != null) {
            notes.add("the bundle design is applied in one order: price → discount → quality → outlier → corridor,"
                    + " each step rounded to øre once");
        }
        boolean adjusted = components().stream().anyMatch(c -> c.label().equals("bundle corridor adjustment"));
        if (corridor != null && !adjusted) {
            notes.add("within the risk corridor around the episode's per-contact value of "
                    + Numbers.grouped(corridor.episodeValue()) + ": no adjustment");
        }
        return notes;
    }
}
