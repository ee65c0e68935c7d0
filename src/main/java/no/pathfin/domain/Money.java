package no.pathfin.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in Norwegian kroner, exact to the øre.
 *
 * <p>The one rounding rule of pathfin: every component of a contact's revenue is computed exactly
 * (weight × unit price × share as an unrounded decimal) and then rounded once to whole øre, half up.
 * Lines are sums of rounded components and totals are sums of lines, so totals always reconcile.
 */
public record Money(BigDecimal kroner) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(kroner, "kroner");
        if (kroner.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Money has at most two decimals; round with Money.rounded: " + kroner);
        }
        kroner = kroner.setScale(2, ROUNDING);
    }

    /** The only place an exact amount becomes money: rounded to whole øre, half up. */
    public static Money rounded(BigDecimal exact) {
        return new Money(exact.setScale(2, ROUNDING));
    }

    public static Money of(String kroner) {
        return new Money(new BigDecimal(kroner));
    }

    public Money plus(Money other) {
        return new Money(kroner.add(other.kroner));
    }

    public Money minus(Money other) {
        return new Money(kroner.subtract(other.kroner));
    }

    public Money times(long count) {
        return new Money(kroner.multiply(BigDecimal.valueOf(count)));
    }

    public boolean isZero() {
        return kroner.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return kroner.compareTo(other.kroner);
    }

    /** Plain decimal with two places, e.g. {@code 43888.33}. */
    @Override
    public String toString() {
        return kroner.toPlainString();
    }
}
