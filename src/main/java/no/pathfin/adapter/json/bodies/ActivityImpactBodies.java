package no.pathfin.adapter.json.bodies;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.Codes;
import no.pathfin.domain.batch.ActivityImpact;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;

/**
 * The answer to {@code POST /api/v1/impact} when the population is a year's activity, as the contract defines it
 * (ActivityImpact): a repricing job's on the API, an activity file's on the command line ({@code impact --activity
 * FILE --json}, where the population names no job).
 */
public final class ActivityImpactBodies {

    private ActivityImpactBodies() {
    }

    public record PopulationBody(String repricingJob, String description, long rows, long badRows, long contacts) {
    }

    public record MoneyChangesBody(ImpactBodies.ChangeBody isf, ImpactBodies.ChangeBody blockGrant,
                            ImpactBodies.ChangeBody income, ImpactBodies.ChangeBody cost,
                            ImpactBodies.ChangeBody margin) {
    }

    public record SchemeBody(String scheme, long contacts, BigDecimal plannedPoints, MoneyChangesBody money) {
    }

    public record HospitalBody(String hospital, long contacts, MoneyChangesBody money, List<SchemeBody> schemes) {
    }

    public record SummaryBody(MoneyChangesBody money, int hospitals, int gaining, int losing, int unchanged) {
    }

    public record ActivityImpactBody(String baseline, String candidate, String model, OverridesBody overrides,
                              String compensation, PopulationBody population, String plan, String basis,
                              List<PricingBodies.RuleSetUseBody> reproducibility, SummaryBody summary,
                              ImpactBodies.AttributionBody attribution, ImpactBodies.AttributionBody incomeAttribution,
                              List<HospitalBody> byHospital, List<ImpactBodies.SplitBody> bySetting,
                              List<ImpactBodies.SplitBody> byMode) {
    }

    public static ActivityImpactBody impact(ActivityImpact impact, String jobId, OverridesBody overrides) {
        Repricing r = impact.repricing();
        List<ActivityMoney.Figures> total = impact.total();
        List<ActivityImpact.Hospital> hospitals = impact.byHospital();
        int gaining = (int) hospitals.stream().filter(h -> h.incomeDifference().kroner().signum() > 0).count();
        int losing = (int) hospitals.stream().filter(h -> h.incomeDifference().kroner().signum() < 0).count();
        return new ActivityImpactBody(r.scenarios().get(0).ruleSet().id(), r.scenarios().get(1).ruleSet().id(),
                Codes.of(r.scenarios().get(0).model()), overrides, Codes.of(impact.compensation()),
                new PopulationBody(jobId, impact.population(), r.rows(), r.badRows(), r.total().contacts()),
                r.money().plan(), r.money().basis(),
                PricingBodies.uses(r.scenarios().stream().map(Repricing.Scenario::ruleSet).toList()),
                new SummaryBody(money(total.get(0), total.get(1)), hospitals.size(), gaining, losing,
                        hospitals.size() - gaining - losing),
                ImpactBodies.attribution(impact.isfAttribution()),
                ImpactBodies.attribution(impact.incomeAttribution()),
                hospitals.stream().map(h -> new HospitalBody(h.hospital(), h.contacts(), money(h.baseline(),
                        h.candidate()), h.schemes().stream().map(s -> new SchemeBody(Codes.of(s.scheme()),
                        s.contacts(), s.plannedPoints(), money(s.figures().get(0), s.figures().get(1)))).toList()))
                        .toList(),
                splits(r.breakdown(Repricing.Dimension.SETTING)), splits(r.breakdown(Repricing.Dimension.MODE)));
    }

    private static MoneyChangesBody money(ActivityMoney.Figures before, ActivityMoney.Figures after) {
        return new MoneyChangesBody(ImpactBodies.change(before.isf(), after.isf()),
                ImpactBodies.change(before.blockGrant(), after.blockGrant()),
                ImpactBodies.change(before.income(), after.income()),
                ImpactBodies.change(before.cost(), after.cost()),
                ImpactBodies.change(before.margin(), after.margin()));
    }

    private static List<ImpactBodies.SplitBody> splits(List<Repricing.Line> lines) {
        return lines.stream().map(l -> new ImpactBodies.SplitBody(l.key(), l.amounts().get(0).kroner(),
                l.amounts().get(1).kroner(), l.difference(1).kroner())).toList();
    }
}
