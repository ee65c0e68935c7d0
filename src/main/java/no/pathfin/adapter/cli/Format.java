package no.pathfin.adapter.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;

/**
 * How the command line writes a number for people, in every table and message: digits grouped by thousands with a
 * space; an amount of kroner with two decimals ({@code 46 848.90}); a count whole ({@code 1 000 000}); a share as a
 * percentage with a space and {@code %} ({@code 12.50 %}); other quantities (hours, FTEs, seconds) with the decimals
 * they carry. Never the platform's locale: a decimal point, never a comma. Files for machines (CSV, JSON) are not
 * written here: they keep plain numbers.
 */
final class Format {

    private Format() {
    }

    /** {@code 46 848.90}. */
    static String kr(Money amount) {
        return amount(amount.kroner());
    }

    /** An amount of kroner: {@code 41798.4} → {@code 41 798.40}. */
    static String amount(BigDecimal kroner) {
        return Numbers.grouped(kroner.setScale(2, RoundingMode.HALF_UP));
    }

    /** A change: {@code +208.99}, {@code -626.98}, {@code 0.00}. */
    static String change(Money amount) {
        return (amount.kroner().signum() > 0 ? "+" : "") + kr(amount);
    }

    /** {@code 1 000 000}. */
    static String count(long count) {
        return Numbers.grouped(BigDecimal.valueOf(count));
    }

    /** A count held as a decimal (a projected number of contacts), rounded half up to a whole one. */
    static String count(BigDecimal count) {
        return Numbers.grouped(count.setScale(0, RoundingMode.HALF_UP));
    }

    /** Hours, FTEs, points: the decimals the figure carries, grouped. */
    static String quantity(BigDecimal value) {
        return Numbers.grouped(value);
    }

    /** {@code 12.50 %}: a share already in percent. */
    static String percent(BigDecimal percent) {
        return Numbers.grouped(percent) + " %";
    }

    /** {@code 45 %}: a fraction (0.45) as a whole percentage. */
    static String percentOf(double fraction) {
        return percent(BigDecimal.valueOf(fraction * 100).setScale(0, RoundingMode.HALF_UP));
    }

    /** {@code 1 234.5 s}: a duration to a tenth of a second. */
    static String seconds(double seconds) {
        return Numbers.grouped(BigDecimal.valueOf(seconds).setScale(1, RoundingMode.HALF_UP)) + " s";
    }

    /** A rate or other measured count, rounded to a whole number: {@code 1 234 567}. */
    static String whole(double value) {
        return Numbers.grouped(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP));
    }
}
