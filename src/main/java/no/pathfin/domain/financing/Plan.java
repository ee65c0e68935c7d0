package no.pathfin.domain.financing;

import java.util.List;
import java.util.Objects;
import no.pathfin.domain.pathway.Pathway;

/**
 * Planned activity: the pathways a block grant is set from, and how many of each, with what the population is
 * ("one of each compared variant", "9 000 hip replacements split 40/35/25"). A total is never shown without it.
 */
public record Plan(String description, List<Planned> pathways) {

    /** A pathway and how many patients are planned to follow it. */
    public record Planned(Pathway pathway, long volume) {
        public Planned {
            Objects.requireNonNull(pathway, "pathway");
            if (volume < 0) {
                throw new IllegalArgumentException("a planned volume must not be negative");
            }
        }
    }

    public Plan {
        Objects.requireNonNull(description, "description");
        pathways = List.copyOf(pathways);
        if (pathways.stream().mapToLong(Planned::volume).sum() <= 0) {
            throw new IllegalArgumentException("a plan needs at least one planned pathway");
        }
    }

    /** One of each pathway: the default plan of a comparison. */
    public static Plan oneOfEach(List<Pathway> pathways, String what) {
        return new Plan("one of each " + what, pathways.stream().map(p -> new Planned(p, 1)).toList());
    }

    /** How many pathways are planned in all. */
    public long count() {
        return pathways.stream().mapToLong(Planned::volume).sum();
    }
}
