package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import no.pathfin.domain.ruleset.RuleSetUse;

/**
 * The risk each payment design puts on a hospital: its yearly income and margin over a number of episodes drawn from
 * a mix of pathways, under each design (a financing model of a rule set, with parameters changed or not). Each
 * episode's income is what the design pays for it plus its share of a block grant set from the mix's expected points
 * (the plan is the mix itself), so the block grant is fixed for the year and the spread comes from the activity-based
 * part alone. Every design, and every value of a sensitivity, is assessed over the same ways the year can fall.
 */
public final class AssessDesignRisk {

    private final CompareIncome compareIncome;

    public AssessDesignRisk(CompareIncome compareIncome) {
        this.compareIncome = compareIncome;
    }

    /**
     * Each episode type under a design: its share, income and cost, its whole money (ISF or bundle payment, block
     * grant, cost, margin) by pathway id, and the rule sets the pricing used, with their hashes.
     */
    public record Priced(List<EpisodeType> episodes, Map<String, WholeMoney> money, List<RuleSetUse> reproducibility) {
    }

    /** One design's year: its episode types priced, and the spread of the year. */
    public record DesignYear(Design design, Priced priced, YearRisk year) {
    }

    /** One value of the varied parameter: the design's episode types priced with it, and its year. */
    public record Point(Object value, Priced priced, YearRisk year) {
    }

    /** How the varied design's year moves with one parameter. */
    public record SensitivityResult(Sensitivity asked, List<Point> points) {
    }

    public record DesignRisk(Question question, List<DesignYear> designs, SensitivityResult sensitivity) {
    }

    public DesignRisk assess(Question q) {
        Map<String, Long> plan = q.plan();
        Years years = Years.of(q.pathways().stream().map(p -> q.shares().get(p.id())).toList(), q.episodes(), q.seed());
        List<DesignYear> designs = new ArrayList<>();
        for (int i = 0; i < q.designs().size(); i++) {
            Design design = q.designs().get(i);
            Priced priced = price(q, design, design.overrides(), plan, "designs[" + i + "].");
            designs.add(new DesignYear(design, priced, years.assess(priced.episodes())));
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
                } catch (ArithmeticException e) {
                    throw new InvalidRequestException("sensitivity.values[" + i + "]", value + " is not a whole number,"
                            + " as " + s.parameter() + " must be");
                }
                Priced priced = price(q, varied, with, plan, "sensitivity.values[" + i + "]");
                points.add(new Point(s.parameter().field().plain(with.values().get(s.parameter())), priced,
                        years.assess(priced.episodes())));
            }
            sensitivity = new SensitivityResult(s, List.copyOf(points));
        }
        return new DesignRisk(q, List.copyOf(designs), sensitivity);
    }

    /** @param where how a fault in the overrides is named: {@code designs[1].} (before the override's own path) or {@code sensitivity.values[0]} */
    private Priced price(Question q, Design design, ParameterChanges overrides, Map<String, Long> plan,
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
        Map<String, WholeMoney> money = new LinkedHashMap<>();
        Set<RuleSetUse> uses = new LinkedHashSet<>();
        for (Pathway pathway : q.pathways()) {
            Comparison.Cell cell = financed.comparison().cells().stream()
                    .filter(c -> c.pathwayId().equals(pathway.id())).findFirst().orElseThrow();
            WholeMoney whole = financed.money(cell);
            types.add(new EpisodeType(pathway.id(), q.shares().get(pathway.id()), whole.income(), whole.cost()));
            money.put(pathway.id(), whole);
            uses.addAll(cell.pricing().ruleSetsUsed());
        }
        return new Priced(List.copyOf(types), java.util.Collections.unmodifiableMap(money), List.copyOf(uses));
    }
}
