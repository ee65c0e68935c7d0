package no.pathfin.application.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.application.financing.CompareIncome;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.financing.WholeMoney;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * The risk each payment design puts on a hospital: its yearly income and margin over a number of episodes drawn from
 * a mix of pathways, under each financing model of a rule set. Each episode's income is what the model pays for it
 * plus its share of a block grant set from the mix's expected points (the plan is the mix itself), so the block grant
 * is fixed for the year and the spread comes from the activity-based part alone.
 */
public final class AssessDesignRisk {

    /** At most this many episodes a year: beyond it no hospital's single pathway type goes. */
    public static final int MAX_EPISODES = 20_000;
    /** Shares are read to six decimals; the plan holds each share × one million planned pathways. */
    private static final BigDecimal PLAN_SCALE = BigDecimal.valueOf(1_000_000);

    private final CompareIncome compareIncome;

    public AssessDesignRisk(CompareIncome compareIncome) {
        this.compareIncome = compareIncome;
    }

    /** One design's year: the model, each episode type's income and cost under it, and the spread of the year. */
    public record DesignYear(FinancingModel model, List<EpisodeType> episodes, YearRisk year) {
    }

    public record DesignRisk(String ruleSet, int episodes, Map<String, BigDecimal> mix, List<DesignYear> designs) {
    }

    public DesignRisk assess(List<Pathway> pathways, Map<String, BigDecimal> shares, int episodes, String ruleSet,
                             List<FinancingModel> models, ParameterChanges overrides, long seed) {
        if (episodes < 1 || episodes > MAX_EPISODES) {
            throw new InvalidRequestException("episodes", "must be between 1 and " + MAX_EPISODES + ", not " + episodes);
        }
        BigDecimal total = BigDecimal.ZERO;
        Map<String, Long> plan = new LinkedHashMap<>();
        for (Pathway pathway : pathways) {
            BigDecimal share = shares.get(pathway.id());
            if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 6) {
                throw new InvalidRequestException("mix", "the share of " + pathway.id()
                        + " must be above 0 and at most 1, with at most six decimals, not " + share);
            }
            total = total.add(share);
            plan.put(pathway.id(), share.multiply(PLAN_SCALE).longValueExact());
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidRequestException("mix", "the shares must add up to 1, not " + total.toPlainString());
        }
        FinancedComparison financed = compareIncome.compare(pathways, List.of(ruleSet), models, pathways.get(0).id(),
                overrides, plan);
        List<DesignYear> designs = new ArrayList<>();
        for (FinancingModel model : models) {
            List<EpisodeType> types = new ArrayList<>();
            for (Pathway pathway : pathways) {
                Comparison.Cell cell = financed.comparison().cells().stream()
                        .filter(c -> c.pathwayId().equals(pathway.id()) && c.model() == model).findFirst().orElseThrow();
                WholeMoney money = financed.money(cell);
                types.add(new EpisodeType(pathway.id(), shares.get(pathway.id()), money.income(), money.cost()));
            }
            designs.add(new DesignYear(model, List.copyOf(types), RiskOfAYear.assess(types, episodes, seed)));
        }
        return new DesignRisk(ruleSet, episodes, Map.copyOf(shares), List.copyOf(designs));
    }
}
