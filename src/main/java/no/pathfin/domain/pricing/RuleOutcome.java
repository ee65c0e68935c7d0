package no.pathfin.domain.pricing;

import java.math.BigDecimal;

/** What a rule decided about one contact. Rules only decide and record; amounts are computed from these. */
public sealed interface RuleOutcome {

    String contactId();

    RuleRef rule();

    /** The same decision about another contact (with the same profile, or the same place in an episode). */
    RuleOutcome about(String contactId);

    /** The contact earns nothing, and why. */
    record Refused(String contactId, RuleRef rule, String reason) implements RuleOutcome {
        public Refused about(String id) {
            return new Refused(id, rule, reason);
        }
    }

    /** The contact earns weight × unit price × share (the ISF formula), as one named component. */
    record Earned(String contactId, RuleRef rule, String component,
                  Factor weight, Factor unitPrice, Factor share) implements RuleOutcome {
        public Earned about(String id) {
            return new Earned(id, rule, component, weight, unitPrice, share);
        }
    }

    /** The contact lies inside a bundle episode: the bundle price replaces its per-contact revenue. */
    record Covered(String contactId, RuleRef rule, String bundleId, String anchorContactId) implements RuleOutcome {
        public Covered about(String id) {
            return new Covered(id, rule, bundleId, anchorContactId);
        }
    }

    /** The anchor contact of a bundle episode earns the bundle price. */
    record BundlePaid(String contactId, RuleRef rule, String bundleId, Factor price) implements RuleOutcome {
        public BundlePaid about(String id) {
            return new BundlePaid(id, rule, bundleId, price);
        }
    }

    /**
     * The episode's per-contact value exceeded the outlier threshold: a share of the excess is paid on top.
     *
     * @param sources where the threshold factor and the share of excess come from (the bundle file, or an override)
     */
    record OutlierPaid(String contactId, RuleRef rule, String bundleId,
                       BigDecimal episodeValue, BigDecimal threshold, BigDecimal shareOfExcess,
                       OutlierSources sources) implements RuleOutcome {
        public OutlierPaid about(String id) {
            return new OutlierPaid(id, rule, bundleId, episodeValue, threshold, shareOfExcess, sources);
        }
    }

    /** The sources of an outlier rule's two figures. */
    record OutlierSources(String thresholdFactor, String shareOfExcess) {
    }

    /** The bundle's discount is taken off the anchor's bundle price. */
    record DiscountTaken(String contactId, RuleRef rule, String bundleId, Factor discount) implements RuleOutcome {
        public DiscountTaken about(String id) {
            return new DiscountTaken(id, rule, bundleId, discount);
        }
    }

    /**
     * A contact with one of the bundle's quality event group codes ({@code eventContactId}, the first such) lies in the
     * episode's window: the anchor's bundle payment is reduced by a share.
     */
    record QualityReduced(String contactId, RuleRef rule, String bundleId, Factor reduction, String eventContactId,
                          String eventGroupCode) implements RuleOutcome {
        public QualityReduced about(String id) {
            return new QualityReduced(id, rule, bundleId, reduction, eventContactId, eventGroupCode);
        }
    }

    /**
     * The bundle has a risk corridor: the anchor's payment is kept between episodeValue × (1 − stopLoss) and
     * episodeValue × (1 + stopGain); a side left out (null) does not limit.
     */
    record CorridorKept(String contactId, RuleRef rule, String bundleId, BigDecimal episodeValue, Factor stopLoss,
                        Factor stopGain) implements RuleOutcome {
        public CorridorKept about(String id) {
            return new CorridorKept(id, rule, bundleId, episodeValue, stopLoss, stopGain);
        }
    }

    /**
     * Under a bundle, this contact is not covered by the episode anchored at {@code anchorContactId} (it lies outside
     * the window, or is of an excluded kind): per-contact ISF.
     */
    record PricedSeparately(String contactId, RuleRef rule, String bundleId, String anchorContactId, String reason)
            implements RuleOutcome {
        public PricedSeparately about(String id) {
            return new PricedSeparately(id, rule, bundleId, anchorContactId, reason);
        }
    }

    /**
     * The first qualifying contact of a period earns the period payment: weight × unit price × ISF share.
     *
     * @param period the period as people read it, e.g. {@code 2024 tertial 2 (May–Aug)}
     */
    record PeriodPaid(String contactId, RuleRef rule, String periodId, String period,
                      Factor weight, Factor unitPrice, Factor share) implements RuleOutcome {
        public PeriodPaid about(String id) {
            return new PeriodPaid(id, rule, periodId, period, weight, unitPrice, share);
        }
    }

    /** Another qualifying contact of the same period: the period payment carried by {@code payingContactId} covers it. */
    record PeriodCovered(String contactId, RuleRef rule, String periodId, String period, String payingContactId)
            implements RuleOutcome {
        public PeriodCovered about(String id) {
            return new PeriodCovered(id, rule, periodId, period, payingContactId);
        }
    }
}
