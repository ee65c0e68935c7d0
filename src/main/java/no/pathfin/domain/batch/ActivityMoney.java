package no.pathfin.domain.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;

/**
 * The whole money of a repricing, per hospital and scheme: ISF on the activity, the block grant set from the plan's
 * points, income = block grant + ISF, what the contacts cost, and the margin income − cost, under each scenario.
 * The block grant is rounded once per hospital and scheme to øre, half up; every total is a sum of lines.
 *
 * @param plan  what the block grant is set from ("the activity file", or a plan file)
 * @param basis how the block grant is computed, with its assumption
 */
public record ActivityMoney(String plan, String basis, List<Line> lines) {

    /** One hospital's scheme. */
    public record Line(String hospital, Setting scheme, long contacts, BigDecimal plannedPoints, List<Figures> figures) {
        public Line {
            figures = List.copyOf(figures);
        }
    }

    /** Under one scenario. */
    public record Figures(Money isf, Money blockGrant, Money cost) {

        public Money income() {
            return isf.plus(blockGrant);
        }

        public Money margin() {
            return income().minus(cost);
        }

        Figures plus(Figures other) {
            return new Figures(isf.plus(other.isf), blockGrant.plus(other.blockGrant), cost.plus(other.cost));
        }
    }

    public ActivityMoney {
        lines = List.copyOf(lines);
    }

    /** The sums over every line, per scenario. */
    public List<Figures> total(int scenarios) {
        List<Figures> total = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            Figures sum = new Figures(Money.ZERO, Money.ZERO, Money.ZERO);
            for (Line line : lines) {
                sum = sum.plus(line.figures().get(s));
            }
            total.add(sum);
        }
        return total;
    }
}
