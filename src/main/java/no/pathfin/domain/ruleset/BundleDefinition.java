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
        Outlier outlier) {

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
    }

    /** The price or a window bound. */
    public Object value(ParameterField field) {
        return switch (field) {
            case BUNDLE_PRICE -> price;
            case BUNDLE_DAYS_BEFORE -> daysBefore;
            case BUNDLE_DAYS_AFTER -> daysAfter;
            default -> throw new IllegalArgumentException(field + " is not a field of a bundle");
        };
    }

    /** A copy with the price or a window bound changed; a new price takes the source as its basis (null: keep it). */
    BundleDefinition with(ParameterField field, Object value, String source) {
        BigDecimal newPrice = field == ParameterField.BUNDLE_PRICE ? (BigDecimal) value : price;
        String basis = field == ParameterField.BUNDLE_PRICE && source != null ? source : priceBasis;
        int before = field == ParameterField.BUNDLE_DAYS_BEFORE ? (Integer) value : daysBefore;
        int after = field == ParameterField.BUNDLE_DAYS_AFTER ? (Integer) value : daysAfter;
        return new BundleDefinition(id, description, triggerGroupCodes, triggerProcedureCodes, before, after,
                includedKinds, includedSettings, newPrice, basis, outlier);
    }
}
