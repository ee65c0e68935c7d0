package no.pathfin.domain.projection;

import java.util.List;
import no.pathfin.domain.workbench.Attribution;

/**
 * Two scenarios projected from the same base year, and year by year the difference of the candidate from the
 * baseline, attributed to what differs between them (demography, each change factor, the rules, the financing):
 * exact Shapley values over every mix of the two scenarios, each mix projected through the real rules.
 */
public record ProjectionComparison(Projection baseline, Projection candidate, List<Year> years) {

    /** One year: the national totals of both, and the attribution of the change of ISF and of income. */
    public record Year(int year, Projection.Total baseline, Projection.Total candidate, Attribution.Result isf,
                       Attribution.Result income) {
    }

    public ProjectionComparison {
        years = List.copyOf(years);
    }
}
