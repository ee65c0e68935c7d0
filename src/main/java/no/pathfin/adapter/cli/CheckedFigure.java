package no.pathfin.adapter.cli;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.application.workbench.CheckFixtures;
import no.pathfin.application.workbench.CheckPlanFixtures;
import no.pathfin.domain.Money;

/**
 * A stated figure of a fixture as people read it, from either check (pathway fixtures, plan fixtures): where it is
 * stated, which figure, what is stated, what the rules now give and the difference, each written as {@link Format}
 * writes numbers.
 *
 * @param file the fixture file, as the catalog names it
 * @param name the figure: the expectation's label and the line, total or difference
 */
record CheckedFigure(String file, String name, String expected, String actual, String difference, boolean holds) {

    /** One fixture file: how long checking it took, and its figures. */
    record Fixture(String file, double seconds, List<CheckedFigure> figures) {
        long failures() {
            return figures.stream().filter(f -> !f.holds()).count();
        }
    }

    static CheckedFigure of(CheckFixtures.Finding f) {
        return new CheckedFigure(f.fixture().file(), f.label() + ", " + f.item(), figure(f.expected(), f.percent()),
                figure(f.actual(), f.percent()), (f.difference().signum() > 0 ? "+" : "")
                + (f.percent() ? Format.quantity(percent(f.difference())) + " percentage points"
                : Format.amount(f.difference()) + " kr"), f.holds());
    }

    static CheckedFigure of(CheckPlanFixtures.Finding f) {
        Money actual = f.actual();
        return new CheckedFigure(f.fixture().file(), f.item(), Format.kr(f.expected()) + " kr",
                actual == null ? "none" : Format.kr(actual) + " kr",
                actual == null ? "none" : Format.change(actual.minus(f.expected())) + " kr", f.holds());
    }

    private static String figure(BigDecimal value, boolean percent) {
        return percent ? Format.percent(percent(value)) : Format.amount(value) + " kr";
    }

    /** A percentage at two decimals at least, as the check compares it. */
    private static BigDecimal percent(BigDecimal value) {
        return value.setScale(Math.max(2, value.scale()));
    }
}
