package no.pathfin.domain.quality;

import java.math.BigDecimal;
import java.util.Objects;
import no.pathfin.domain.ruleset.QualityCategory;

/**
 * A health trust's quality indicator points in one category, and where they come from.
 *
 * @param points zero or more
 * @param source the label of the figure (ILLUSTRATIVE, HIGH, …) and where it comes from
 */
public record IndicatorPoints(String hospital, QualityCategory category, BigDecimal points, String source) {

    public IndicatorPoints {
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(points, "points");
        if (points.signum() < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points.toPlainString());
        }
    }
}
