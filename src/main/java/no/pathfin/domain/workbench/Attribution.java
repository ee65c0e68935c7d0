package no.pathfin.domain.workbench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongUnaryOperator;
import no.pathfin.domain.Money;

/**
 * Splits a difference between a baseline and a candidate into the contributions of the changed items.
 *
 * <p>Up to {@link #EXACT_LIMIT} items: Shapley values, exact — each item's contribution is its marginal effect
 * averaged over every order in which the changes could be made, computed as a rational number of øre over all
 * subsets. Above that: sequential, in the items' stated order (each item's effect given the ones before it). Either
 * way the contributions are rounded to øre by the largest-remainder method so that they sum exactly to the total.
 */
public final class Attribution {

    public static final int EXACT_LIMIT = 12;

    /** One item's share of the difference. */
    public record Contribution(String item, String description, Money amount) {
    }

    public record Result(String method, List<Contribution> contributions, Money total) {
        public Result {
            contributions = List.copyOf(contributions);
        }
    }

    private Attribution() {
    }

    /**
     * @param value the total in øre with the items of a bit mask changed (bit i set: item i as in the candidate)
     */
    public static Result split(List<String> items, List<String> descriptions, LongUnaryOperator value) {
        int n = items.size();
        long none = value.applyAsLong(0);
        long all = value.applyAsLong(n == 0 ? 0 : (1L << n) - 1);
        List<BigDecimal> exact = new ArrayList<>();
        String method;
        if (n <= EXACT_LIMIT) {
            method = "Shapley values over " + n + " changed item(s), exact over all " + (1L << n)
                    + " combinations, rounded to øre by largest remainder";
            long[] values = new long[1 << n];
            for (int mask = 0; mask < values.length; mask++) {
                values[mask] = value.applyAsLong(mask);
            }
            BigInteger factorial = factorial(n);
            for (int i = 0; i < n; i++) {
                BigInteger numerator = BigInteger.ZERO;
                for (int mask = 0; mask < values.length; mask++) {
                    if ((mask & (1 << i)) == 0) {
                        int k = Integer.bitCount(mask);
                        BigInteger weight = factorial(k).multiply(factorial(n - k - 1));
                        numerator = numerator.add(weight.multiply(BigInteger.valueOf(values[mask | (1 << i)] - values[mask])));
                    }
                }
                exact.add(new BigDecimal(numerator).divide(new BigDecimal(factorial), 12, RoundingMode.HALF_EVEN));
            }
        } else {
            method = "sequential in the listed order (" + n + " items is too many for exact Shapley values)";
            long previous = none;
            for (int i = 0; i < n; i++) {
                long current = value.applyAsLong((1L << (i + 1)) - 1);
                exact.add(BigDecimal.valueOf(current - previous));
                previous = current;
            }
        }
        long[] rounded = largestRemainder(exact, all - none);
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            contributions.add(new Contribution(items.get(i), descriptions.get(i),
                    new Money(BigDecimal.valueOf(rounded[i], 2))));
        }
        return new Result(method, contributions, new Money(BigDecimal.valueOf(all - none, 2)));
    }

    /** Rounds down, then gives the missing øre to the largest remainders, so the parts sum to the total exactly. */
    static long[] largestRemainder(List<BigDecimal> exact, long total) {
        long[] rounded = new long[exact.size()];
        long sum = 0;
        for (int i = 0; i < rounded.length; i++) {
            rounded[i] = exact.get(i).setScale(0, RoundingMode.FLOOR).longValueExact();
            sum += rounded[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rounded.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(BigDecimal.valueOf(rounded[i]))).reversed());
        for (int k = 0; sum < total && k < order.size(); k++) {
            rounded[order.get(k)]++;
            sum++;
        }
        return rounded;
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
