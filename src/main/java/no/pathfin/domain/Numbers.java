package no.pathfin.domain;

import java.math.BigDecimal;

/** How numbers are written in formulas: plain decimals, and kroner grouped by thousands with spaces. */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** {@code 52248} → {@code 52 248}; {@code 41798.40} → {@code 41 798.40}. */
    public static String grouped(BigDecimal value) {
        return groupedAsWritten(value.scale() > 2 && value.stripTrailingZeros().scale() <= 2 ? value.setScale(2) : value);
    }

    /** Grouped by thousands with spaces, every decimal kept: {@code 0.030} stays {@code 0.030}. */
    public static String groupedAsWritten(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + out + fraction;
    }
}
