package no.pathfin.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The external spelling of enum values: lower case with hyphens ({@code IN_PERSON} is {@code in-person}). */
public final class Codes {

    private Codes() {
    }

    /** Each enum's codes, spelled once (responses spell thousands of them a second). */
    private static final ClassValue<String[]> SPELLED = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toArray(String[]::new);
        }
    };

    public static String of(Enum<?> value) {
        return SPELLED.get(value.getDeclaringClass())[value.ordinal()];
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            throw new IllegalArgumentException("missing; expected one of " + allOf(type));
        }
        String name = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown value '" + code + "'; expected one of " + allOf(type));
    }

    public static <E extends Enum<E>> String allOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }
}
