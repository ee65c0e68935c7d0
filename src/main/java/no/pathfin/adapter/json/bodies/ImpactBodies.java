package no.pathfin.adapter.json.bodies;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.workbench.Attribution;
import no.pathfin.domain.workbench.Impact;

/**
 * The answer to {@code POST /api/v1/impact} over pathways, as the contract defines it (Impact). The API answers with
 * it and the command line's {@code impact --json} writes it, so that both give the same JSON.
 */
public final class ImpactBodies {

    private ImpactBodies() {
    }

    public record ContactBody(String contactId, String setting, String mode, BigDecimal baseline, BigDecimal candidate,
                       BigDecimal difference) {
    }

    public record PathwayBody(String pathwayId, String variant, long volume, BigDecimal baseline, BigDecimal candidate,
                       BigDecimal difference, ChangeBody income, List<ContactBody> contacts) {
    }

    public record ChangeBody(BigDecimal baseline, BigDecimal candidate, BigDecimal difference) {
    }

    public record IncomeBody(String compensation, ComparisonBodies.PlanBody plan, ChangeBody isf, ChangeBody blockGrant,
                      ChangeBody income, List<ComparisonBodies.BlockGrantBody> blockGrants, AttributionBody attribution) {
    }

    public record SummaryBody(BigDecimal baseline, BigDecimal candidate, BigDecimal difference, int winners, int losers,
                       int unchanged) {
    }

    public record SplitBody(String key, BigDecimal baseline, BigDecimal candidate, BigDecimal difference) {
    }

    public record RulesChangedBody(String pathwayId, String contactId, List<String> onlyBaseline, List<String> onlyCandidate) {
    }

    public record ContributionBody(String item, String description, BigDecimal amount) {
    }

    public record AttributionBody(String method, List<ContributionBody> contributions, BigDecimal total) {
    }

    public record ImpactBody(String baseline, String candidate, String model, OverridesBody overrides,
                      ComparisonBodies.PlanBody population, SummaryBody summary, AttributionBody attribution,
                      IncomeBody income, List<PathwayBody> pathways,
                      List<SplitBody> bySetting, List<SplitBody> byMode, List<RulesChangedBody> rulesChanged) {
    }

    public static ImpactBody impact(Impact i, OverridesBody overrides) {
        Impact.Summary s = i.summary();
        Impact.Income m = i.income();
        IncomeBody income = new IncomeBody(Codes.of(m.compensation()), ComparisonBodies.plan(m.plan()),
                change(m.isfBaseline(), m.isfCandidate()), change(m.blockGrantBaseline(), m.blockGrantCandidate()),
                change(m.baseline(), m.candidate()),
                ComparisonBodies.blockGrants(List.of(m.planBefore(), m.planAfter())), attribution(m.attribution()));
        return new ImpactBody(i.baseline(), i.candidate(), Codes.of(i.model()), overrides,
                ComparisonBodies.plan(i.population()),
                new SummaryBody(s.baseline().kroner(), s.candidate().kroner(), s.difference().kroner(), s.winners(),
                        s.losers(), s.unchanged()),
                attribution(i.attribution()), income,
                i.pathways().stream().map(p -> new PathwayBody(p.pathwayId(), p.variant(), p.volume(),
                        p.baseline().kroner(), p.candidate().kroner(), p.difference().kroner(),
                        change(p.incomeBaseline(), p.incomeCandidate()), p.contacts().stream().map(c -> new ContactBody(
                        c.contactId(), c.setting(), c.mode(), c.baseline().kroner(), c.candidate().kroner(),
                        c.difference().kroner())).toList())).toList(),
                splits(i.bySetting()), splits(i.byMode()),
                i.rulesChanged().stream().map(r -> new RulesChangedBody(r.pathwayId(), r.contactId(), r.onlyBaseline(),
                        r.onlyCandidate())).toList());
    }

    public static ChangeBody change(Money before, Money after) {
        return new ChangeBody(before.kroner(), after.kroner(), after.minus(before).kroner());
    }

    public static AttributionBody attribution(Attribution.Result a) {
        return a == null ? null : new AttributionBody(a.method(), a.contributions().stream()
                .map(c -> new ContributionBody(c.item(), c.description(), c.amount().kroner())).toList(),
                a.total().kroner());
    }

    private static List<SplitBody> splits(List<Impact.Split> splits) {
        return splits.stream().map(x -> new SplitBody(x.key(), x.baseline().kroner(), x.candidate().kroner(),
                x.difference().kroner())).toList();
    }
}
