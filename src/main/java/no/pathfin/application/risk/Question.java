package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.pathway.Pathway;

/**
 * What a hospital asks of its designs: a rule set, a mix of pathways with their shares, episodes a year, the designs
 * (labelled, at most {@value #MAX_DESIGNS}), an optional sensitivity of one of them, and the seed of a simulation.
 * A question out of bounds is refused naming its field.
 */
public record Question(String ruleSet, List<Pathway> pathways, Map<String, BigDecimal> shares, int episodes,
                       List<Design> designs, Sensitivity sensitivity, long seed) {

    /** At most this many episodes a year: beyond it no hospital's single pathway type goes. */
    public static final int MAX_EPISODES = 20_000;
    /** At most this many pathways in a mix, designs in a question, and values in a sensitivity. */
    public static final int MAX_PATHWAYS = 20;
    public static final int MAX_DESIGNS = 8;
    public static final int MAX_VALUES = 12;
    /** Shares are read to six decimals; the plan holds each share × one million planned pathways. */
    private static final BigDecimal PLAN_SCALE = BigDecimal.valueOf(1_000_000);

    public Question {
        pathways = List.copyOf(pathways);
        shares = Map.copyOf(shares);
        designs = List.copyOf(designs);
        plan(pathways, shares, episodes);
        check(designs, sensitivity);
    }

    /** The plan the block grant is set from: each share × one million pathways. */
    Map<String, Long> plan() {
        return plan(pathways, shares, episodes);
    }

    private static Map<String, Long> plan(List<Pathway> pathways, Map<String, BigDecimal> shares, int episodes) {
        if (episodes < 1 || episodes > MAX_EPISODES) {
            throw new InvalidRequestException("episodes", "must be between 1 and " + MAX_EPISODES + ", not " + episodes);
        }
        if (pathways.isEmpty() || pathways.size() > MAX_PATHWAYS) {
            throw new InvalidRequestException("mix", "must hold between 1 and " + MAX_PATHWAYS + " pathways, not "
                    + pathways.size());
        }
        BigDecimal total = BigDecimal.ZERO;
        Map<String, Long> plan = new LinkedHashMap<>();
        for (Pathway pathway : pathways) {
            BigDecimal share = shares.get(pathway.id());
            if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 6) {
                throw new InvalidRequestException("mix", "the share of " + pathway.id()
                        + " must be above 0 and at most 1, with at most six decimals, not " + share);
            }
            if (plan.put(pathway.id(), share.multiply(PLAN_SCALE).longValueExact()) != null) {
                throw new InvalidRequestException("mix", pathway.id() + " is in the mix twice");
            }
            total = total.add(share);
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidRequestException("mix", "the shares must add up to 1, not " + total.toPlainString());
        }
        return plan;
    }

    private static void check(List<Design> designs, Sensitivity s) {
        if (designs.isEmpty() || designs.size() > MAX_DESIGNS) {
            throw new InvalidRequestException("designs", "must hold between 1 and " + MAX_DESIGNS + " designs, not "
                    + designs.size());
        }
        Set<String> labels = new HashSet<>();
        for (Design design : designs) {
            if (!labels.add(design.label())) {
                throw new InvalidRequestException("designs", "two designs are labelled '" + design.label() + "'");
            }
        }
        if (s != null) {
            if (!labels.contains(s.design())) {
                throw new InvalidRequestException("sensitivity.design", "no design is labelled '" + s.design()
                        + "'; the designs are " + String.join(", ", labels));
            }
            if (s.values().isEmpty() || s.values().size() > MAX_VALUES) {
                throw new InvalidRequestException("sensitivity.values", "must hold between 1 and " + MAX_VALUES
                        + " values, not " + s.values().size());
            }
        }
    }
}
