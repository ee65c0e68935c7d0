package no.pathfin.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.workbench.Attribution;
import no.pathfin.domain.workbench.Impact;

/** Request and response bodies of {@code POST /api/v1/impact}. */
final class ImpactBodies {

    private ImpactBodies() {
    }

    record ImpactRequest(String baseline, String candidate, RequestBodies.OverridesBody overrides, String family,
                         List<String> pathwayIds, List<RequestBodies.PathwayBody> pathways, String model,
                         JsonNode population, List<VolumeBody> plan, String compensation) {
    }

    record VolumeBody(String pathwayId, Long volume) {
    }

    record ContactBody(String contactId, String setting, String mode, BigDecimal baseline, BigDecimal candidate,
                       BigDecimal difference) {
    }

    record PathwayBody(String pathwayId, String variant, long volume, BigDecimal baseline, BigDecimal candidate,
                       BigDecimal difference, ChangeBody income, List<ContactBody> contacts) {
    }

    record ChangeBody(BigDecimal baseline, BigDecimal candidate, BigDecimal difference) {
    }

    record IncomeBody(String compensation, ResponseBodies.PlanBody plan, ChangeBody isf, ChangeBody blockGrant,
                      ChangeBody income, List<ResponseBodies.BlockGrantBody> blockGrants, AttributionBody attribution) {
    }

    record SummaryBody(BigDecimal baseline, BigDecimal candidate, BigDecimal difference, int winners, int losers,
                       int unchanged) {
    }

    record SplitBody(String key, BigDecimal baseline, BigDecimal candidate, BigDecimal difference) {
    }

    record RulesChangedBody(String pathwayId, String contactId, List<String> onlyBaseline, List<String> onlyCandidate) {
    }

    record ContributionBody(String item, String description, BigDecimal amount) {
    }

    record AttributionBody(String method, List<ContributionBody> contributions, BigDecimal total) {
    }

    record ImpactBody(String baseline, String candidate, String model, RequestBodies.OverridesBody overrides,
                      ResponseBodies.PlanBody population, SummaryBody summary, AttributionBody attribution,
                      IncomeBody income, List<PathwayBody> pathways,
                      List<SplitBody> bySetting, List<SplitBody> byMode, List<RulesChangedBody> rulesChanged) {
    }

    static ImpactBody impact(Impact i, RequestBodies.OverridesBody overrides) {
        Impact.Summary s = i.summary();
        Impact.Income m = i.income();
        IncomeBody income = new IncomeBody(Codes.of(m.compensation()), ResponseBodies.plan(m.plan()),
                change(m.isfBaseline(), m.isfCandidate()), change(m.blockGrantBaseline(), m.blockGrantCandidate()),
                change(m.baseline(), m.candidate()),
                ResponseBodies.blockGrants(List.of(m.planBefore(), m.planAfter())), attribution(m.attribution()));
        return new ImpactBody(i.baseline(), i.candidate(), Codes.of(i.model()), overrides,
                ResponseBodies.plan(i.population()),
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

    static ChangeBody change(Money before, Money after) {
        return new ChangeBody(before.kroner(), after.kroner(), after.minus(before).kroner());
    }

    static AttributionBody attribution(Attribution.Result a) {
        return a == null ? null : new AttributionBody(a.method(), a.contributions().stream()
                .map(c -> new ContributionBody(c.item(), c.description(), c.amount().kroner())).toList(),
                a.total().kroner());
    }

    private static List<SplitBody> splits(List<Impact.Split> splits) {
        return splits.stream().map(x -> new SplitBody(x.key(), x.baseline().kroner(), x.candidate().kroner(),
                x.difference().kroner())).toList();
    }
}
