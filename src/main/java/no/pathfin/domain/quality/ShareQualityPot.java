package no.pathfin.domain.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.ruleset.QualityCategory;
import no.pathfin.domain.ruleset.QualityPot;

/**
 * The sharing rule of the quality pot: a trust's amount = Σ over categories of pot × weight × the trust's points /
 * all trusts' points in the category. A category where no trust has points shares nothing: its weight goes to the
 * other categories in proportion to theirs (each weight / the sum of the weights of categories with points), so the
 * whole pot is still shared. Amounts are rounded to whole øre by largest remainder: each trust's exact amount is
 * rounded down, then the øre left are given one by one to the trusts with the largest remainders (ties by trust
 * name), so the trusts' amounts add up to the pot exactly.
 */
public final class ShareQualityPot {

    public static final String RULE = "a trust's amount = Σ over categories of pot × weight × the trust's points / all"
            + " trusts' points in the category; a category where no trust has points gives its weight to the others"
            + " in proportion to theirs; rounded down to øre, the øre left given one by one to the largest remainders"
            + " (ties by trust name), so the amounts add up to the pot";

    /** Digits kept of a share before rounding to øre; far more than any pot of kroner needs. */
    private static final int SCALE = 30;

    private ShareQualityPot() {
    }

    /**
     * The pot shared among the trusts of the indicators. Weights that do not add up to 1, a pot with fractions of an
     * øre, or indicators where no category with weight has points are refused naming the field.
     */
    public static QualityShares share(QualityPot pot, QualityIndicators indicators) {
        String problem = pot.weightsProblem();
        if (problem != null) {
            throw new InvalidValue("qualityPot.weights", problem);
        }
        if (pot.amount().stripTrailingZeros().scale() > 2) {
            throw new InvalidValue("qualityPot.amount", "the pot must be whole øre: " + pot.amount().toPlainString());
        }
        Map<String, Map<QualityCategory, BigDecimal>> points = new TreeMap<>();
        Map<QualityCategory, BigDecimal> totals = new EnumMap<>(QualityCategory.class);
        for (QualityCategory c : QualityCategory.values()) {
            totals.put(c, BigDecimal.ZERO);
        }
        for (IndicatorPoints row : indicators.rows()) {
            points.computeIfAbsent(row.hospital(), h -> new EnumMap<>(QualityCategory.class)).put(row.category(),
                    row.points());
            totals.merge(row.category(), row.points(), BigDecimal::add);
        }
        Map<QualityCategory, BigDecimal> weights = weights(pot, totals, indicators.name());
        long potOre = pot.amount().movePointRight(2).longValueExact();
        List<Share> exact = new ArrayList<>();
        for (Map.Entry<String, Map<QualityCategory, BigDecimal>> trust : points.entrySet()) {
            BigDecimal ore = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            for (QualityCategory c : QualityCategory.values()) {
                BigDecimal p = trust.getValue().getOrDefault(c, BigDecimal.ZERO);
                if (totals.get(c).signum() == 0) {
                    continue;
                }
                ore = ore.add(BigDecimal.valueOf(potOre).multiply(weights.get(c)).multiply(p)
                        .divide(totals.get(c), SCALE, RoundingMode.HALF_EVEN));
                terms.add(shown(weights.get(c)) + " × " + Numbers.groupedAsWritten(p) + " / "
                        + Numbers.groupedAsWritten(totals.get(c)));
            }
            exact.add(new Share(trust.getKey(), trust.getValue(), ore, terms));
        }
        return new QualityShares(new Money(pot.amount()), weights, totals, rounded(exact, potOre, pot), RULE);
    }

    /** A weight as written in a working: {@code 0.5}, or six decimals and an ellipsis when it has more. */
    private static String shown(BigDecimal weight) {
        BigDecimal w = weight.stripTrailingZeros();
        return w.scale() > 6 ? w.setScale(6, RoundingMode.HALF_EVEN).toPlainString() + "…" : w.toPlainString();
    }

    /** The rule set's weights, or with the weight of a category without points given to the others. */
    private static Map<QualityCategory, BigDecimal> weights(QualityPot pot, Map<QualityCategory, BigDecimal> totals,
                                                            String indicators) {
        BigDecimal held = BigDecimal.ZERO;
        for (QualityCategory c : QualityCategory.values()) {
            if (totals.get(c).signum() > 0) {
                held = held.add(pot.weight(c));
            }
        }
        if (held.signum() == 0) {
            throw new InvalidValue("indicators", "no trust in " + indicators + " has points in a category with weight;"
                    + " the quality pot cannot be shared");
        }
        Map<QualityCategory, BigDecimal> weights = new EnumMap<>(QualityCategory.class);
        for (QualityCategory c : QualityCategory.values()) {
            weights.put(c, totals.get(c).signum() == 0 ? BigDecimal.ZERO : held.compareTo(BigDecimal.ONE) == 0
                    ? pot.weight(c) : pot.weight(c).divide(held, SCALE, RoundingMode.HALF_EVEN));
        }
        return weights;
    }

    /** Rounded down to øre, the øre left to the largest remainders (ties by name): the sum is the pot. */
    private static List<QualityShares.Share> rounded(List<Share> exact, long potOre, QualityPot pot) {
        long left = potOre;
        for (Share s : exact) {
            left -= s.floor();
        }
        if (left < 0 || left > exact.size()) {
            throw new IllegalStateException("the shares do not add up to the pot (" + left + " øre left)");
        }
        List<Share> byRemainder = new ArrayList<>(exact);
        byRemainder.sort(Comparator.comparing(Share::remainder).reversed().thenComparing(Share::hospital));
        Map<String, Integer> extra = new TreeMap<>();
        for (int i = 0; i < left; i++) {
            extra.put(byRemainder.get(i).hospital(), 1);
        }
        String amount = Numbers.grouped(pot.amount());
        List<QualityShares.Share> shares = new ArrayList<>();
        for (Share s : exact) {
            int plus = extra.getOrDefault(s.hospital(), 0);
            Money money = new Money(BigDecimal.valueOf(s.floor() + plus, 2));
            BigDecimal kroner = s.ore().movePointLeft(2).setScale(10, RoundingMode.HALF_EVEN);
            String working = amount + " × (" + String.join(" + ", s.terms()) + ") = "
                    + Numbers.grouped(kroner.stripTrailingZeros()) + " → " + Numbers.grouped(money.kroner())
                    + (plus > 0 ? " (rounded down, + 1 øre: largest remainder)" : " (rounded down)");
            shares.add(new QualityShares.Share(s.hospital(), s.points(), kroner, money, plus, working));
        }
        return shares;
    }

    /** A trust's exact amount in øre, before rounding. */
    private record Share(String hospital, Map<QualityCategory, BigDecimal> points, BigDecimal ore, List<String> terms) {
        long floor() {
            return ore.setScale(0, RoundingMode.FLOOR).longValueExact();
        }

        BigDecimal remainder() {
            return ore.subtract(BigDecimal.valueOf(floor()));
        }
    }
}
