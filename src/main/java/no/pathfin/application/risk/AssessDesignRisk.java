package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.application.financing.CompareIncome;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.financing.WholeMoney;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * The risk each payment design puts on a hospital: its yearly income and margin over a number of episodes drawn from
 * a mix of pathways, under each design (a financing model of a rule set, with parameters changed or not). Each
 * episode's income is what the design pays for it plus its share of a block grant set from the mix's expected points
 * (the plan is the mix itself), so the block grant is fixed for the year and the spread comes from the activity-based
 * part alone. Every design, and every value of a sensitivity, is assessed over the same ways the year can fall.
 */
public final class AssessDesignRisk {

    /** At most this many episodes a year: beyond it no hospital's single pathway type goes. */
    public static final int MAX_EPISODES = 20_000;
    /** At most this many pathways in a mix, designs in a question, and values in a sensitivity. */
    public static final int MAX_PATHWAYS = 20;
    public static final int MAX_DESIGNS = 8;
    public static final int MAX_VALUES = 12;
    /** Shares are read to six decimals; the plan holds each share × one million planned pathways. */
    private static final BigDecimal PLAN_SCALE = BigDecimal.valueOf(1_000_000);

    private final CompareIncome compareIncome;

    public AssessDesignRisk(CompareIncome compareIncome) {
        this.compareIncome = compareIncome;
    }

    /** The question: a rule set, a mix of pathways with their shares, episodes a year, the designs, a seed. */
    public record Question(String ruleSet, List<Pathway> pathways, Map<String, BigDecimal> shares, int episodes,
                           List<Design> designs, Sensitivity sensitivity, long seed) {
    }

    /** One design's year: each episode type's income and cost under it, and the spread of the year. */
    public record DesignYear(Design design, List<EpisodeType> episodes, YearRisk year) {
    }

    /** One value of the varied parameter: the design's episodes and year with it. */
    public record Point(Object value, List<EpisodeType> episodes, YearRisk year) {
    }

    /** How the varied design's year moves with one parameter. */
    public record SensitivityResult(Sensitivity asked, List<Point> points) {
    }

    public record DesignRisk(Question question, List<DesignYear> designs, SensitivityResult sensitivity) {
    }

    public DesignRisk assess(Question q) {
        Map<String, Long> plan = plan(q);
        check(q);
        Years years = Years.of(q.pathways().stream().map(p -> q.shares().get(p.id())).toList(), q.episodes(), q.seed());
        List<DesignYear> designs = new ArrayList<>();
        for (int i = 0; i < q.designs().size(); i++) {
            Design design = q.designs().get(i);
            List<EpisodeType> types = episodes(q, design, design.overrides(), plan, "designs[" + i + "].");
            designs.add(new DesignYear(design, types, years.assess(types)));
        }
        SensitivityResult sensitivity = null;
        if (q.sensitivity() != null) {
            Sensitivity s = q.sensitivity();
            Design varied = q.designs().stream().filter(d -> d.label().equals(s.design())).findFirst().orElseThrow();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) {
                Object value = s.values().get(i);
                ParameterChanges with;
                try {
                    with = varied.overrides().plus(ParameterChanges.of(s.parameter(), s.parameter().field().parse(value)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("sensitivity.values[" + i + "]", e.getMessage());
                }
                List<EpisodeType> types = episodes(q, varied, with, plan, "sensitivity.values[" + i + "]");
                points.add(new Point(value, types, years.assess(types)));
            }
            sensitivity = new SensitivityResult(s, List.copyOf(points));
        }
        return new DesignRisk(q, List.copyOf(designs), sensitivity);
    }

    /** @param where how a fault in the overrides is named: {@code designs[1].} (before the override's own path) or {@code sensitivity.values[0]} */
    private List<EpisodeType> episodes(Question q, Design design, ParameterChanges overrides, Map<String, Long> plan,
                                       String where) {
        FinancedComparison financed;
        try {
            financed = compareIncome.compare(q.pathways(), List.of(q.ruleSet()), List.of(design.model()),
                    q.pathways().get(0).id(), overrides, plan);
        } catch (InvalidRequestException e) {
            if (!e.field().startsWith("overrides")) {
                throw e;
            }
            String detail = e.getMessage().substring(e.field().length() + 2);
            throw where.endsWith(".") ? new InvalidRequestException(where + e.field(), detail)
                    : new InvalidRequestException(where, e.field() + ": " + detail);
        }
        List<EpisodeType> types = new ArrayList<>();
        for (Pathway pathway : q.pathways()) {
            Comparison.Cell cell = financed.comparison().cells().stream()
                    .filter(c -> c.pathwayId().equals(pathway.id())).findFirst().orElseThrow();
            WholeMoney money = financed.money(cell);
            types.add(new EpisodeType(pathway.id(), q.shares().get(pathway.id()), money.income(), money.cost()));
        }
        return List.copyOf(types);
    }

    private static Map<String, Long> plan(Question q) {
        if (q.episodes() < 1 || q.episodes() > MAX_EPISODES) {
            throw new InvalidRequestException("episodes", "must be between 1 and " + MAX_EPISODES + ", not " + q.episodes());
        }
        if (q.pathways().isEmpty() || q.pathways().size() > MAX_PATHWAYS) {
            throw new InvalidRequestException("mix", "must hold between 1 and " + MAX_PATHWAYS + " pathways, not "
                    + q.pathways().size());
        }
        BigDecimal total = BigDecimal.ZERO;
        Map<String, Long> plan = new LinkedHashMap<>();
        for (Pathway pathway : q.pathways()) {
            BigDecimal share = q.shares().get(pathway.id());
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

    private static void check(Question q) {
        if (q.designs().isEmpty() || q.designs().size() > MAX_DESIGNS) {
            throw new InvalidRequestException("designs", "must hold between 1 and " + MAX_DESIGNS + " designs, not "
                    + q.designs().size());
        }
        Set<String> labels = new HashSet<>();
        for (Design design : q.designs()) {
            if (!labels.add(design.label())) {
                throw new InvalidRequestException("designs", "two designs are labelled '" + design.label() + "'");
            }
        }
        Sensitivity s = q.sensitivity();
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
