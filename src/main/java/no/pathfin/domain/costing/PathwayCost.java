package no.pathfin.domain.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.Money;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.pricing.Factor;

/**
 * What a pathway costs: the sum of its contacts' costs, the cost of one more such pathway (the average cost × the
 * marginal cost share, rounded to øre, half up), and the personnel hours it takes.
 */
public record PathwayCost(List<ContactCost> lines, Factor marginalCostShare) {

    public PathwayCost {
        lines = List.copyOf(lines);
    }

    public Money total() {
        return lines.stream().map(ContactCost::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money marginal() {
        return Money.rounded(total().kroner().multiply(marginalCostShare.value()));
    }

    /** Minutes by personnel group, over every contact. */
    public Map<PersonnelGroup, BigDecimal> minutes() {
        Map<PersonnelGroup, BigDecimal> sum = new EnumMap<>(PersonnelGroup.class);
        lines.forEach(line -> line.minutes().forEach((group, m) -> sum.merge(group, m, BigDecimal::add)));
        return sum;
    }

    /** Personnel hours in all: minutes / 60, to two decimals, half up. */
    public BigDecimal hours() {
        BigDecimal minutes = minutes().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
