package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;

/**
 * Every parameter a rule set holds that a change can set — the one list. Each field says where it lives (a
 * setting's tariff, the weight table, a bundle, a period payment), what it holds, its bounds and how it is written.
 * Candidates, request overrides, attribution, origins and the reproducibility hash all work from this list, so a new tariff
 * field is one line here (plus the rule that reads it and the contract that lets a request set it).
 */
public enum ParameterField {

    UNIT_PRICE(Scope.TARIFF, "unitPrice", Type.DECIMAL, "the unit price", Bound.NOT_NEGATIVE),
    ISF_SHARE(Scope.TARIFF, "isfShare", Type.DECIMAL, "the ISF share", Bound.SHARE),
    AMBULANT_SUPPLEMENT_WEIGHT(Scope.TARIFF, "ambulantSupplementWeight", Type.DECIMAL, "the ambulant supplement weight",
            Bound.NOT_NEGATIVE),
    ELIGIBLE_MODES(Scope.TARIFF, "eligibleModes", Type.MODES, "the eligible modes", Bound.NOT_NEGATIVE),
    ELIGIBLE_PERSONNEL(Scope.TARIFF, "eligiblePersonnel", Type.PERSONNEL, "the eligible personnel", Bound.NOT_NEGATIVE),
    VIDEO_PERSONNEL(Scope.TARIFF, "videoPersonnel", Type.PERSONNEL, "the personnel whose video counts",
            Bound.NOT_NEGATIVE),
    FINANCED_KINDS(Scope.TARIFF, "financedKinds", Type.KINDS, "the contact kinds financed", Bound.NOT_NEGATIVE),
    MUNICIPAL_KINDS(Scope.TARIFF, "municipalKinds", Type.KINDS, "the services a municipality may perform",
            Bound.NOT_NEGATIVE),
    COST_WEIGHT(Scope.WEIGHT, "", Type.DECIMAL, "a cost weight", Bound.NOT_NEGATIVE),
    BUNDLE_PRICE(Scope.BUNDLE, "price", Type.DECIMAL, "the bundle price", Bound.NOT_NEGATIVE),
    BUNDLE_DAYS_BEFORE(Scope.BUNDLE, "daysBefore", Type.WHOLE, "window days", Bound.NOT_NEGATIVE),
    BUNDLE_DAYS_AFTER(Scope.BUNDLE, "daysAfter", Type.WHOLE, "window days", Bound.NOT_NEGATIVE),
    // The design options of a bundle, each optional (absent: the option does not apply), in the order they are
    // applied to the price: discount → quality → outlier → corridor (BundleDesign); exclusions decide coverage.
    BUNDLE_DISCOUNT(Scope.BUNDLE, "discount", Type.DECIMAL, "the bundle discount", Bound.SHARE),
    BUNDLE_EXCLUDED_GROUP_CODES(Scope.BUNDLE, "excludedGroupCodes", Type.GROUP_CODES, "the excluded group codes",
            Bound.NOT_NEGATIVE),
    BUNDLE_QUALITY_EVENT_GROUP_CODES(Scope.BUNDLE, "quality.eventGroupCodes", Type.GROUP_CODES,
            "the quality event group codes", Bound.NOT_NEGATIVE),
    BUNDLE_QUALITY_REDUCTION(Scope.BUNDLE, "quality.reduction", Type.DECIMAL, "the quality reduction", Bound.SHARE),
    BUNDLE_OUTLIER_THRESHOLD_FACTOR(Scope.BUNDLE, "outlier.thresholdFactor", Type.DECIMAL,
            "the outlier threshold factor", Bound.AT_LEAST_ONE),
    BUNDLE_OUTLIER_SHARE_OF_EXCESS(Scope.BUNDLE, "outlier.shareOfExcess", Type.DECIMAL, "the outlier share of excess",
            Bound.SHARE),
    BUNDLE_CORRIDOR_STOP_LOSS(Scope.BUNDLE, "corridor.stopLoss", Type.DECIMAL, "the corridor's stop-loss",
            Bound.SHARE),
    BUNDLE_CORRIDOR_STOP_GAIN(Scope.BUNDLE, "corridor.stopGain", Type.DECIMAL, "the corridor's stop-gain",
            Bound.SHARE),
    PERIOD_WEIGHT(Scope.PERIOD, "weight", Type.DECIMAL, "the period weight", Bound.NOT_NEGATIVE),
    QUALITY_POT_AMOUNT(Scope.QUALITY_POT, "amount", Type.DECIMAL, "the quality pot", Bound.NOT_NEGATIVE),
    QUALITY_WEIGHT_RESULTS(Scope.QUALITY_POT, "weights.results", Type.DECIMAL, "the weight of results", Bound.SHARE),
    QUALITY_WEIGHT_PROCESS(Scope.QUALITY_POT, "weights.process", Type.DECIMAL, "the weight of process", Bound.SHARE),
    QUALITY_WEIGHT_PATIENT_EXPERIENCE(Scope.QUALITY_POT, "weights.patientExperience", Type.DECIMAL,
            "the weight of patient experience", Bound.SHARE);

    /** What a value of a field may be: a share (0 to 1), at least 1 (a factor on a price), or not negative. */
    private enum Bound {
        NOT_NEGATIVE, SHARE, AT_LEAST_ONE
    }

    /**
     * Where a field lives, and how its path begins: {@code tariffs.somatic.…}, {@code weights.…}, {@code bundles.…},
     * {@code periods.…}, {@code qualityPot.…} (one per rule set, so its paths have no key).
     */
    public enum Scope {
        TARIFF("tariffs"), WEIGHT("weights"), BUNDLE("bundles"), PERIOD("periods"), QUALITY_POT("qualityPot");

        private final String prefix;

        Scope(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    private final Scope scope;
    private final String fieldName;
    private final Type type;
    private final String noun;
    private final Bound bound;

    ParameterField(Scope scope, String fieldName, Type type, String noun, Bound bound) {
        this.scope = scope;
        this.fieldName = fieldName;
        this.type = type;
        this.noun = noun;
        this.bound = bound;
    }

    public Scope scope() {
        return scope;
    }

    /**
     * The name in files and requests, e.g. {@code isfShare}; empty for a weight (the group code is the key). A field
     * of a part of a bundle is named with its part, {@code corridor.stopLoss}: in a file or a request it is written
     * nested ({@code corridor: {stopLoss: 0.05}}), in a path flat ({@code bundles.hip-replacement-bundle.corridor.stopLoss}).
     */
    public String fieldName() {
        return fieldName;
    }

    public static List<ParameterField> of(Scope scope) {
        return Arrays.stream(values()).filter(f -> f.scope == scope).toList();
    }

    public static Optional<ParameterField> named(Scope scope, String name) {
        return of(scope).stream().filter(f -> f.fieldName.equals(name)).findFirst();
    }

    /** A value as read from a file or a request (a number, a list of codes) in this field's type; or why not. */
    public Object parse(Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException("required");
        }
        return type.parse(raw);
    }

    /** What is wrong with a value of this field's type (negative, a share above 1, a factor below 1), or null. */
    public String problem(Object value) {
        if (value instanceof BigDecimal d && bound == Bound.AT_LEAST_ONE && d.compareTo(BigDecimal.ONE) < 0) {
            return noun + " must be at least 1";
        }
        boolean share = bound == Bound.SHARE;
        if (value instanceof BigDecimal d && (d.signum() < 0 || (share && d.compareTo(BigDecimal.ONE) > 0))) {
            return noun + (share ? " must be between 0 and 1" : " must not be negative");
        }
        if (value instanceof Integer i && i < 0) {
            return noun + " must not be negative";
        }
        return null;
    }

    /** The value as the reproducibility hash reads it: {@code 0.3}, {@code 90}, {@code in-person,video}. */
    public String canonical(Object value) {
        return type.write(value, true);
    }

    /** The value as a person reads it: {@code 0.30}, {@code 90}, {@code [in-person, video]}; {@code none} if absent. */
    public String describe(Object value) {
        return value == null ? "none" : type.write(value, false);
    }

    /** Whether two values of this field are the same figure (0.40 and 0.4 are); absent is the same as absent. */
    public boolean same(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : java.util.Objects.equals(a, b);
    }

    /** The value as plain data: a number, or the sorted codes of a set. */
    public Object plain(Object value) {
        return value instanceof Set<?> set ? codes(set).toList() : value;
    }

    private static java.util.stream.Stream<String> codes(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? Codes.of(e) : String.valueOf(v)).sorted();
    }

    private enum Type {
        DECIMAL, WHOLE, MODES, PERSONNEL, KINDS, GROUP_CODES;

        Object parse(Object raw) {
            return switch (this) {
                case DECIMAL -> decimal(raw);
                case WHOLE -> decimal(raw).intValueExact();
                case MODES -> set(raw, ContactMode.class);
                case PERSONNEL -> set(raw, PersonnelGroup.class);
                case KINDS -> set(raw, ContactKind.class);
                case GROUP_CODES -> groupCodes(raw);
            };
        }

        String write(Object value, boolean canonical) {
            if (value instanceof Set<?> set) {
                return canonical ? codes(set).collect(Collectors.joining(","))
                        : codes(set).collect(Collectors.joining(", ", "[", "]"));
            }
            if (value instanceof BigDecimal d) {
                return canonical ? d.stripTrailingZeros().toPlainString() : no.pathfin.domain.Numbers.groupedAsWritten(d);
            }
            return String.valueOf(value);
        }

        private static BigDecimal decimal(Object raw) {
            if (raw instanceof BigDecimal d) {
                return d;
            }
            if (raw instanceof Integer || raw instanceof Long || raw instanceof java.math.BigInteger) {
                return new BigDecimal(raw.toString());
            }
            throw new IllegalArgumentException("'" + raw + "' is not a number");
        }

        private static Set<String> groupCodes(Object raw) {
            if (!(raw instanceof Collection<?> values)) {
                throw new IllegalArgumentException("expected a list of group codes");
            }
            Set<String> codes = new java.util.TreeSet<>();
            for (Object value : values) {
                String code = String.valueOf(value).trim();
                if (value == null || code.isEmpty()) {
                    throw new IllegalArgumentException("a group code must not be empty");
                }
                codes.add(code);
            }
            return java.util.Collections.unmodifiableSet(codes);
        }

        private static <E extends Enum<E>> Set<E> set(Object raw, Class<E> type) {
            if (!(raw instanceof Collection<?> values)) {
                throw new IllegalArgumentException("expected a list of " + Codes.allOf(type));
            }
            Set<E> set = EnumSet.noneOf(type);
            for (Object value : values) {
                set.add(type.isInstance(value) ? type.cast(value) : Codes.parse(type, String.valueOf(value)));
            }
            return set;
        }
    }
}
