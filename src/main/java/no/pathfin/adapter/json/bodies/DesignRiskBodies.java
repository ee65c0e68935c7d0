package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import no.pathfin.adapter.json.bodies.ComparisonBodies.MoneyBody;
import no.pathfin.adapter.json.bodies.PricingBodies.RuleSetUseBody;
import no.pathfin.application.risk.AssessDesignRisk;
import no.pathfin.application.risk.EpisodeType;
import no.pathfin.application.risk.Question;
import no.pathfin.application.risk.Spread;
import no.pathfin.application.risk.YearRisk;
import no.pathfin.domain.Codes;

/**
 * The answer to a question of design risk, as the contract defines it (DesignRisk). The API answers with it and the
 * command line's {@code risk --json} writes it, so that both give the same JSON.
 */
public final class DesignRiskBodies {

    /** How income and margin are found; the same for every answer. */
    static final String BASIS = "Each episode's income is what the design pays for it (per-contact ISF; the bundle"
            + " price with its outlier payment and per-contact ISF outside it; or a payment per period with a qualifying"
            + " contact and per-contact ISF for the others) plus its share of the block grant, which"
            + " is set from the mix's expected points and so is fixed for the year; its cost is the rule set's costing."
            + " The year's episodes are drawn independently from the mix; income and margin are their sums.";

    private DesignRiskBodies() {
    }

    public record MixBody(String pathwayId, BigDecimal share) {
    }

    public record BinBody(BigDecimal from, BigDecimal to, BigDecimal probability) {
    }

    public record SpreadBody(BigDecimal mean, BigDecimal standardDeviation, BigDecimal p5, BigDecimal median,
                             BigDecimal p95, BigDecimal probabilityBelowZero, List<BinBody> histogram) {
    }

    public record ErrorsBody(BigDecimal meanIncome, BigDecimal lossProbability) {
    }

    public record EpisodeBody(String pathwayId, BigDecimal share, MoneyBody money) {
    }

    public record DesignBody(String label, String model, OverridesBody overrides, List<RuleSetUseBody> reproducibility,
                             List<EpisodeBody> episodeTypes, SpreadBody income, SpreadBody margin,
                             ErrorsBody standardErrors) {
    }

    public record PointBody(Object value, List<RuleSetUseBody> reproducibility, List<EpisodeBody> episodeTypes,
                            SpreadBody income, SpreadBody margin, ErrorsBody standardErrors) {
    }

    public record SensitivityBody(String design, String parameter, List<PointBody> points) {
    }

    public record DesignRiskBody(String ruleSet, int episodes, long seed, List<MixBody> mix, String method, long draws,
                                 @JsonSerialize(using = Phrase.class) String basis, List<DesignBody> designs,
                                 SensitivityBody sensitivity) {
    }

    public static DesignRiskBody risk(AssessDesignRisk.DesignRisk risk) {
        Question q = risk.question();
        YearRisk first = risk.designs().get(0).year();
        List<DesignBody> designs = risk.designs().stream().map(d -> new DesignBody(d.design().label(),
                Codes.of(d.design().model()), OverridesBody.of(d.design().overrides()),
                PricingBodies.uses(d.priced().reproducibility()), episodes(d.priced()), spread(d.year().income()),
                spread(d.year().margin()), errors(d.year()))).toList();
        SensitivityBody sensitivity = risk.sensitivity() == null ? null : new SensitivityBody(
                risk.sensitivity().asked().design(), risk.sensitivity().asked().parameter().toString(),
                risk.sensitivity().points().stream().map(p -> new PointBody(p.value(),
                        PricingBodies.uses(p.priced().reproducibility()), episodes(p.priced()), spread(p.year().income()),
                        spread(p.year().margin()), errors(p.year()))).toList());
        return new DesignRiskBody(q.ruleSet(), q.episodes(), q.seed(), q.pathways().stream()
                .map(p -> new MixBody(p.id(), q.shares().get(p.id()))).toList(), first.method(), first.draws(), BASIS,
                designs, sensitivity);
    }

    private static List<EpisodeBody> episodes(AssessDesignRisk.Priced priced) {
        return priced.episodes().stream().map((EpisodeType t) -> new EpisodeBody(t.pathwayId(), t.share(),
                ComparisonBodies.money(priced.money().get(t.pathwayId())))).toList();
    }

    private static SpreadBody spread(Spread s) {
        return new SpreadBody(s.mean().kroner(), s.standardDeviation().kroner(), s.p5().kroner(), s.median().kroner(),
                s.p95().kroner(), s.probabilityBelowZero(), s.histogram().stream().map(b -> new BinBody(b.from().kroner(),
                b.to().kroner(), b.probability())).toList());
    }

    private static ErrorsBody errors(YearRisk year) {
        return new ErrorsBody(year.meanIncomeStandardError(), year.lossProbabilityStandardError());
    }
}
