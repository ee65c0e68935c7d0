package no.pathfin.domain.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The indicator points that share a quality pot: at most one row per health trust and category (a trust without a
 * row in a category has no points there).
 *
 * @param name where the points were read from, as people name it ({@code scenarios/quality-indicators-illustrative.csv})
 */
public record QualityIndicators(String name, List<IndicatorPoints> rows) {

    public QualityIndicators {
        rows = List.copyOf(rows);
        Set<String> seen = new HashSet<>();
        for (IndicatorPoints row : rows) {
            if (!seen.add(row.hospital() + "\n" + row.category())) {
                throw new IllegalArgumentException(row.hospital() + " has two rows of category " + row.category());
            }
        }
    }

    /** The sources the rows state, each once, in the order met. */
    public List<String> sources() {
        return rows.stream().map(IndicatorPoints::source).distinct().toList();
    }
}
