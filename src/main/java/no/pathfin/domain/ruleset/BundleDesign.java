package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.pathfin.domain.InvalidValue;

/**
 * The design options of a bundle beyond its price and window, after the bundled payment programmes of US Medicare
 * (CJR, BPCI Advanced), each optional. They are applied to the anchor's payment in one order, always:
 * <ol>
 *   <li>the bundle price;</li>
 *   <li>the {@code discount}: paid = price × (1 − discount);</li>
 *   <li>the {@code quality} reduction, when a contact with one of its event group codes lies in the window:
 *       paid = paid × (1 − reduction);</li>
 *   <li>the outlier payment on top ({@link BundleDefinition.Outlier});</li>
 *   <li>the {@code corridor}: the payment is brought up to V × (1 − stopLoss) or down to V × (1 + stopGain), where V
 *       is the per-contact value of the contacts the episode covers.</li>
 * </ol>
 * Each step's result is rounded to øre half up once. {@code excludedGroupCodes} decides coverage, not the price: a
 * contact with one of them is priced per contact.
 *
 * @param discount           the share taken off the price, or null (none)
 * @param excludedGroupCodes group codes whose contacts inside the window the bundle does not cover (may be empty)
 * @param quality            the reduction for a quality event in the window, or null (none)
 * @param corridor           the limits of the hospital's loss and gain, or null (none)
 * @param sources            per option ({@code discount}, {@code corridor}, …) or per field ({@code corridor.stopLoss})
 *                           the source of its figure
 */
public record BundleDesign(BigDecimal discount, Set<String> excludedGroupCodes, Quality quality, Corridor corridor,
                           Map<String, String> sources) {

    /** No option: the bundle pays its price (and its outlier payment, if it has one). */
    public static final BundleDesign NONE = new BundleDesign(null, Set.of(), null, null, Map.of());

    /** A quality event: a contact with one of these group codes inside the window reduces the price by a share. */
    public record Quality(Set<String> eventGroupCodes, BigDecimal reduction) {
        public Quality {
            eventGroupCodes = eventGroupCodes == null ? Set.of() : Set.copyOf(new TreeSet<>(eventGroupCodes));
            share(ParameterField.BUNDLE_QUALITY_REDUCTION, reduction == null ? BigDecimal.ZERO : reduction);
            reduction = reduction == null ? BigDecimal.ZERO : reduction;
        }
    }

    /** A risk corridor around the episode's per-contact value; either side may be left out (null). */
    public record Corridor(BigDecimal stopLoss, BigDecimal stopGain) {
        public Corridor {
            if (stopLoss != null) {
                share(ParameterField.BUNDLE_CORRIDOR_STOP_LOSS, stopLoss);
            }
            if (stopGain != null) {
                share(ParameterField.BUNDLE_CORRIDOR_STOP_GAIN, stopGain);
            }
        }
    }

    public BundleDesign {
        if (discount != null) {
            share(ParameterField.BUNDLE_DISCOUNT, discount);
        }
        excludedGroupCodes = excludedGroupCodes == null ? Set.of() : Set.copyOf(new TreeSet<>(excludedGroupCodes));
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    private static void share(ParameterField field, BigDecimal value) {
        String problem = field.problem(value);
        if (problem != null) {
            throw new InvalidValue(field.fieldName(), problem + ": " + field.describe(value));
        }
    }

    /** The source of a field's figure ({@code corridor.stopLoss}): its own, its option's, or the bundle definition. */
    public String sourceOf(String fieldName) {
        String option = fieldName.contains(".") ? fieldName.substring(0, fieldName.indexOf('.')) : fieldName;
        return sources.getOrDefault(fieldName, sources.getOrDefault(option, "bundle definition"));
    }

    /** The value of one of the options' fields; null when the option is absent. */
    Object value(ParameterField field) {
        return switch (field) {
            case BUNDLE_DISCOUNT -> discount;
            case BUNDLE_EXCLUDED_GROUP_CODES -> excludedGroupCodes;
            case BUNDLE_QUALITY_EVENT_GROUP_CODES -> quality == null ? null : quality.eventGroupCodes();
            case BUNDLE_QUALITY_REDUCTION -> quality == null ? null : quality.reduction();
            case BUNDLE_CORRIDOR_STOP_LOSS -> corridor == null ? null : corridor.stopLoss();
            case BUNDLE_CORRIDOR_STOP_GAIN -> corridor == null ? null : corridor.stopGain();
            default -> throw new IllegalArgumentException(field + " is not a design option of a bundle");
        };
    }

    /** A copy with one field set (an absent option is added with it), its source noted when given. */
    @SuppressWarnings("unchecked")
    BundleDesign with(ParameterField field, Object value, String source) {
        BigDecimal d = field == ParameterField.BUNDLE_DISCOUNT ? (BigDecimal) value : discount;
        Set<String> excluded = field == ParameterField.BUNDLE_EXCLUDED_GROUP_CODES ? (Set<String>) value
                : excludedGroupCodes;
        Quality q = quality == null ? new Quality(Set.of(), BigDecimal.ZERO) : quality;
        q = switch (field) {
            case BUNDLE_QUALITY_EVENT_GROUP_CODES -> new Quality((Set<String>) value, q.reduction());
            case BUNDLE_QUALITY_REDUCTION -> new Quality(q.eventGroupCodes(), (BigDecimal) value);
            default -> quality;
        };
        Corridor c = corridor == null ? new Corridor(null, null) : corridor;
        c = switch (field) {
            case BUNDLE_CORRIDOR_STOP_LOSS -> new Corridor((BigDecimal) value, c.stopGain());
            case BUNDLE_CORRIDOR_STOP_GAIN -> new Corridor(c.stopLoss(), (BigDecimal) value);
            default -> corridor;
        };
        Map<String, String> s = new TreeMap<>(sources);
        if (source != null) {
            s.put(field.fieldName(), source);
        }
        return new BundleDesign(d, excluded, q, c, s);
    }
}
