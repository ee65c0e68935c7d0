package no.pathfin.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The external spelling of enum values: lower case with hyphens ({@code IN_PERSON} is {@code in-person}). */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
