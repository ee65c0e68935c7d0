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

    UNIT_PRICE(Scope.TARIFF, "unitPrice", Type.DECIMAL, "the unit price", false),
    ISF_SHARE(Scope.TARIFF, "isfShare", Type.DECIMAL, "the ISF share", true),
    AMBULANT_SUPPLEMENT_WEIGHT(Scope.TARIFF, "ambulantSupplementWeight", Type.DECIMAL, "the ambulant supplement weight",
            false),
    ELIGIBLE_MODES(Scope.TARIFF, "eligibleModes", Type.MODES, "the eligible modes", false),
    ELIGIBLE_PERSONNEL(Scope.TARIFF, "eligiblePersonnel", Type.PERSONNEL, "the eligible personnel", false),
    VIDEO_PERSONNEL(Scope.TARIFF, "videoPersonnel", Type.PERSONNEL, "the personnel whose video counts", false),
    FINANCED_KINDS(Scope.TARIFF, "financedKinds", Type.KINDS, "the contact kinds financed", false),
    MUNICIPAL_KINDS(Scope.TARIFF, "municipalKinds", Type.KINDS, "the services a municipality may perform", false),
    COST_WEIGHT(Scope.WEIGHT, "", Type.DECIMAL, "a cost weight", false),
    BUNDLE_PRICE(Scope.BUNDLE, "price", Type.DECIMAL, "the bundle price", false),
    BUNDLE_DAYS_BEFORE(Scope.BUNDLE, "daysBefore", Type.WHOLE, "window days", false),
    BUNDLE_DAYS_AFTER(Scope.BUNDLE, "daysAfter", Type.WHOLE, "window days", false),
    PERIOD_WEIGHT(Scope.PERIOD, "weight", Type.DECIMAL, "the period weight", false),
    QUALITY_POT_AMOUNT(Scope.QUALITY_POT, "amount", Type.DECIMAL, "the quality pot", false),
    QUALITY_WEIGHT_RESULTS(Scope.QUALITY_POT, "weights.results", Type.DECIMAL, "the weight of results", true),
    QUALITY_WEIGHT_PROCESS(Scope.QUALITY_POT, "weights.process", Type.DECIMAL, "the weight of process", true),
    QUALITY_WEIGHT_PATIENT_EXPERIENCE(Scope.QUALITY_POT, "weights.patientExperience", Type.DECIMAL,
            "the weight of patient experience", true);

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
    private final boolean share;

    ParameterField(Scope scope, String fieldName, Type type, String noun, boolean share) {
        this.scope = scope;
        this.fieldName = fieldName;
        this.type = type;
        this.noun = noun;
        this.share = share;
    }

    public Scope scope() {
        return scope;
    }

    /** The name in files and requests, e.g. {@code isfShare}; empty for a weight (the group code is the key). */
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

    /** What is wrong with a value of this field's type (negative, a share above 1), or null. */
    public String problem(Object value) {
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

    /** The value as a person reads it: {@code 0.30}, {@code 90}, {@code [in-person, video]}. */
    public String describe(Object value) {
        return type.write(value, false);
    }

    /** Whether two values of this field are the same figure (0.40 and 0.4 are). */
    public boolean same(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : a.equals(b);
    }

    /** The value as plain data: a number, or the sorted codes of a set. */
    public Object plain(Object value) {
        return value instanceof Set<?> set ? codes(set).toList() : value;
    }

    private static java.util.stream.Stream<String> codes(Collection<?> values) {
        return values.stream().map(v -> Codes.of((Enum<?>) v)).sorted();
    }

    private enum Type {
        DECIMAL, WHOLE, MODES, PERSONNEL, KINDS;

        Object parse(Object raw) {
            return switch (this) {
                case DECIMAL -> decimal(raw);
                case WHOLE -> decimal(raw).intValueExact();
                case MODES -> set(raw, ContactMode.class);
                case PERSONNEL -> set(raw, PersonnelGroup.class);
                case KINDS -> set(raw, ContactKind.class);
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
