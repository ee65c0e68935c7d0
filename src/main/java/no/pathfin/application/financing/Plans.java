package no.pathfin.application.financing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.pathway.Pathway;

/** Plans and populations as people state them: pathway ids (or a variant label, where only one matches) with volumes. */
public final class Plans {

    /** One stated line: a pathway id or variant label and its volume a year. */
    public record Volume(String pathway, Long volume) {
    }

    private Plans() {
    }

    /**
     * @param among   the pathways a line may name
     * @param volumes the stated lines
     * @param field   the request field they came from, for errors ({@code population}, {@code volumes})
     * @param keyed   whether the field is an object keyed by pathway ({@code volumes.A}) or a list
     *                ({@code population[0].pathwayId})
     * @param label   what the plan is, before its lines ("the population given")
     */
    public static Plan of(List<Pathway> among, List<Volume> volumes, String field, boolean keyed, String label) {
        List<Plan.Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < volumes.size(); i++) {
            Volume v = volumes.get(i);
            String at = keyed ? field + "." + v.pathway() : field + "[" + i + "]";
            Pathway pathway = find(among, v.pathway(), keyed ? at : at + ".pathwayId");
            if (v.volume() == null || v.volume() < 0) {
                throw new InvalidRequestException(keyed ? at : at + ".volume", "a volume is a whole number from 0");
            }
            if (!seen.add(pathway.id())) {
                throw new InvalidRequestException(keyed ? at : at + ".pathwayId", pathway.id() + " is named twice");
            }
            planned.add(new Plan.Planned(pathway, v.volume()));
        }
        if (planned.stream().mapToLong(Plan.Planned::volume).sum() == 0) {
            throw new InvalidRequestException(field, "plan at least one pathway (every volume is 0)");
        }
        return new Plan(label + ": " + String.join(", ", planned.stream().map(p -> no.pathfin.domain.Numbers.grouped(
                java.math.BigDecimal.valueOf(p.volume())) + " × " + p.pathway().id()).toList()), planned);
    }

    private static Pathway find(List<Pathway> among, String name, String field) {
        for (Pathway p : among) {
            if (p.id().equals(name)) {
                return p;
            }
        }
        List<Pathway> byVariant = among.stream().filter(p -> p.variant().equals(name)).toList();
        if (byVariant.size() == 1) {
            return byVariant.get(0);
        }
        throw new InvalidRequestException(field, byVariant.isEmpty()
                ? "'" + name + "' is not one of the pathways " + (among.size() <= 12 ? among.stream().map(Pathway::id)
                        .toList().toString() : "available (" + among.size() + ")")
                : "'" + name + "' is the variant of " + byVariant.size() + " pathways; name the pathway id");
    }
}
