package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Setting;

/**
 * A bundled (pathway) price: which contact anchors it, the window around the anchor, which contact kinds the
 * price covers, the price itself and why it is what it is, and an optional outlier rule.
 *
 * @param daysBefore how many days before the anchor the window opens
 * @param daysAfter  how many days after the anchor the window closes
 * @param includedSettings the settings whose contacts the price covers; empty: every setting
 * @param outlier    paid on top when the covered contacts' per-contact value is far above the price; may be null
 * @param design     discount, quality reduction, corridor and exclusions ({@link BundleDesign#NONE}: none of them)
 */
public record BundleDefinition(
        String id,
        String description,
        Set<String> triggerGroupCodes,
        Set<String> triggerProcedureCodes,
        int daysBefore,
        int daysAfter,
        Set<ContactKind> includedKinds,
        Set<Setting> includedSettings,
        BigDecimal price,
        String priceBasis,
        Outlier outlier,
        BundleDesign design) {

    /** Above thresholdFactor × price of per-contact value, the bundle also pays shareOfExcess of the excess. */
    public record Outlier(BigDecimal thresholdFactor, BigDecimal shareOfExcess) {
        /** @throws InvalidValue naming the field ({@code thresholdFactor}, {@code shareOfExcess}) that is wrong */
        public Outlier {
            if (thresholdFactor == null) {
                throw new InvalidValue("thresholdFactor", "required");
            }
            if (shareOfExcess == null) {
                throw new InvalidValue("shareOfExcess", "required");
            }
            if (thresholdFactor.compareTo(BigDecimal.ONE) < 0) {
                throw new InvalidValue("thresholdFactor", "the outlier threshold factor must be at least 1: "
                        + thresholdFactor.toPlainString());
            }
            if (shareOfExcess.signum() < 0 || shareOfExcess.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidValue("shareOfExcess", "the outlier share of excess must be between 0 and 1: "
                        + shareOfExcess.toPlainString());
            }
        }
    }

    public BundleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(price, "price");
        triggerGroupCodes = Set.copyOf(triggerGroupCodes);
        triggerProcedureCodes = Set.copyOf(triggerProcedureCodes);
        if (triggerGroupCodes.isEmpty() && triggerProcedureCodes.isEmpty()) {
            throw new IllegalArgumentException("bundle " + id + " needs a trigger group or procedure code");
        }
        if (daysBefore < 0 || daysAfter < 0) {
            throw new IllegalArgumentException("bundle " + id + " window days must not be negative");
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException("bundle " + id + " price must not be negative");
        }
        includedKinds = includedKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(includedKinds));
        includedSettings = includedSettings == null || includedSettings.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(includedSettings));
        design = design == null ? BundleDesign.NONE : design;
    }

    /** A bundle with none of the design options beyond the outlier rule. */
    public BundleDefinition(String id, String description, Set<String> triggerGroupCodes,
                            Set<String> triggerProcedureCodes, int daysBefore, int daysAfter,
                            Set<ContactKind> includedKinds, Set<Setting> includedSettings, BigDecimal price,
                            String priceBasis, Outlier outlier) {
        this(id, description, triggerGroupCodes, triggerProcedureCodes, daysBefore, daysAfter, includedKinds,
                includedSettings, price, priceBasis, outlier, BundleDesign.NONE);
    }

    /** The value of a bundle field; null for an option the bundle does not have. */
    public Object value(ParameterField field) {
        return switch (field) {
            case BUNDLE_PRICE -> price;
            case BUNDLE_DAYS_BEFORE -> daysBefore;
            case BUNDLE_DAYS_AFTER -> daysAfter;
            case BUNDLE_OUTLIER_THRESHOLD_FACTOR -> outlier == null ? null : outlier.thresholdFactor();
            case BUNDLE_OUTLIER_SHARE_OF_EXCESS -> outlier == null ? null : outlier.shareOfExcess();
            default -> design.value(field);
        };
    }

    /**
     * A copy with one field changed; a new price takes the source as its basis (null: keep it). A field of an option
     * the bundle does not have adds the option: a corridor with that side only, an outlier rule with that threshold
     * and no share of the excess yet (a share alone cannot make an outlier rule: it needs its threshold).
     */
    BundleDefinition with(ParameterField field, Object value, String source) {
        BigDecimal newPrice = field == ParameterField.BUNDLE_PRICE ? (BigDecimal) value : price;
        String basis = field == ParameterField.BUNDLE_PRICE && source != null ? source : priceBasis;
        int before = field == ParameterField.BUNDLE_DAYS_BEFORE ? (Integer) value : daysBefore;
        int after = field == ParameterField.BUNDLE_DAYS_AFTER ? (Integer) value : daysAfter;
        Outlier o = outlier;
        BundleDesign d = design;
        if (field == ParameterField.BUNDLE_OUTLIER_THRESHOLD_FACTOR) {
            o = new Outlier((BigDecimal) value, outlier == null ? BigDecimal.ZERO : outlier.shareOfExcess());
        } else if (field == ParameterField.BUNDLE_OUTLIER_SHARE_OF_EXCESS) {
            if (outlier == null) {
                throw new InvalidValue("bundles." + id + ".outlier.thresholdFactor",
                        "bundle " + id + " has no outlier rule: give its threshold factor with the share of excess");
            }
            o = new Outlier(outlier.thresholdFactor(), (BigDecimal) value);
        } else if (!EnumSet.of(ParameterField.BUNDLE_PRICE, ParameterField.BUNDLE_DAYS_BEFORE,
                ParameterField.BUNDLE_DAYS_AFTER).contains(field)) {
            d = design.with(field, value, source);
        }
        if (source != null && o != outlier) {
            java.util.Map<String, String> s = new java.util.TreeMap<>(d.sources());
            s.put(field.fieldName(), source);
            d = new BundleDesign(d.discount(), d.excludedGroupCodes(), d.quality(), d.corridor(), s);
        }
        return new BundleDefinition(id, description, triggerGroupCodes, triggerProcedureCodes, before, after,
                includedKinds, includedSettings, newPrice, basis, o, d);
    }
}
