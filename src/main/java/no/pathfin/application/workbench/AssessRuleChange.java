package no.pathfin.application.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.application.financing.FinancePlan;
import no.pathfin.application.financing.Plans;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.pricing.WhatIf;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.pricing.RuleRef;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.workbench.Attribution;
import no.pathfin.domain.workbench.Impact;

/**
 * The ministry's question: what does a rule change do, to whom, and which part of it moved the money. The candidate
 * is a rule set, or the baseline (or a candidate) with request overrides; every pathway of the population is priced
 * under both, the block grant is set from the plan and compensated as asked, and the difference of ISF and of income
 * is attributed to each changed parameter, to "other parameter changes" that cannot be separated, and to the rules
 * (DRL) if they differ.
 */
public final class AssessRuleChange {

    /** What is asked: the change, the population it is assessed on, and the plan the block grant is set from. */
    public record Question(String baselineId, String candidateId, ParameterChanges overrides, Plan population,
                           Plan plan, FinancingModel model, Compensation compensation) {

        /**
         * A question as people put it: the population is the stated volumes over the selected pathways, or one of
         * each selected pathway (labelled so, never a budget); the plan is the population unless stated.
         *
         * @param selectedAs what the selected pathways are, for the label ("fixture", "fixture of family X")
         */
        public static Question of(String baselineId, String candidateId, ParameterChanges overrides,
                                  List<Pathway> selected, String selectedAs, List<Plans.Volume> population,
                                  List<Plans.Volume> plan, FinancingModel model, Compensation compensation) {
            if (selected.isEmpty()) {
                throw new InvalidRequestException("pathways", "name at least one pathway");
            }
            Plan assessed = population == null ? Plan.oneOfEach(selected, selectedAs)
                    : Plans.of(selected, population, "population", false, "the population given");
            Plan planned = plan == null ? assessed : Plans.of(selected, plan, "plan", false, "the plan given");
            return new Question(baselineId, candidateId, overrides, assessed, planned, model, compensation);
        }
    }

    private final RuleSets ruleSets;
    private final PricePathway pricePathway;
    private final FinancePlan financePlan;

    public AssessRuleChange(RuleSets ruleSets, PricePathway pricePathway, FinancePlan financePlan) {
        this.ruleSets = ruleSets;
        this.pricePathway = pricePathway;
        this.financePlan = financePlan;
    }

    /** Today's view over one of each pathway: ISF only, the pathways themselves the plan, no compensation. */
    public Impact assess(String baselineId, String candidateId, ParameterChanges overrides, List<Pathway> pathways,
                         FinancingModel model) {
        if (pathways.isEmpty()) {
            throw new InvalidRequestException("pathways", "name at least one pathway");
        }
        Plan population = Plan.oneOfEach(pathways, "pathway assessed");
        return assess(new Question(baselineId, candidateId, overrides, population, population, model,
                Compensation.NONE));
    }

    public Impact assess(Question q) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        RuleSet baseline = choice.named(q.baselineId(), "baseline");
        RuleSet candidate = q.candidateId() == null ? baseline : choice.named(q.candidateId(), "candidate");
        Parameters candidateParameters = WhatIf.parameters(candidate, q.overrides());
        ChangeSet changeSet = new ChangeSet(baseline, candidate, candidateParameters);
        List<Plan.Planned> population = q.population().pathways();

        List<PathwayPricing> before = new ArrayList<>();
        List<PathwayPricing> after = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            before.add(price(population.get(i).pathway(), i, q.model(), baseline, baseline.parameters()));
            after.add(price(population.get(i).pathway(), i, q.model(), candidate, candidateParameters));
        }
        FinancePlan.Change money = financePlan.change(q.plan(), baseline, candidate, candidateParameters, q.model(),
                q.compensation());
        Map<Long, Long> isf = new HashMap<>();
        Attribution.Result isfAttribution = Attribution.split(changeSet.items(), changeSet.descriptions(),
                mask -> isf.computeIfAbsent(mask, m -> isfInOre(q, changeSet, m)));
        Attribution.Result incomeAttribution = Attribution.split(changeSet.items(), changeSet.descriptions(),
                mask -> isf.computeIfAbsent(mask, m -> isfInOre(q, changeSet, m)) + ore(financePlan.change(q.plan(),
                        baseline, changeSet.rules(mask), changeSet.parameters(mask), q.model(), q.compensation())
                        .after().blockGrant()));
        Impact.Income income = new Impact.Income(q.plan(), q.compensation(), money.before(), money.after(),
                total(population, before), total(population, after), money.before().blockGrant(),
                money.after().blockGrant(), incomeAttribution);
        return impact(baseline, candidate, q, before, after, isfAttribution, income);
    }

    private long isfInOre(Question q, ChangeSet changeSet, long mask) {
        RuleSet rules = changeSet.rules(mask);
        Parameters parameters = changeSet.parameters(mask);
        long total = 0;
        List<Plan.Planned> population = q.population().pathways();
        for (int i = 0; i < population.size(); i++) {
            total += ore(price(population.get(i).pathway(), i, q.model(), rules, parameters).total())
                    * population.get(i).volume();
        }
        return total;
    }

    private PathwayPricing price(Pathway pathway, int index, FinancingModel model, RuleSet rules, Parameters parameters) {
        try {
            return pricePathway.priceUnder(pathway, List.of(model), rules, parameters).get(0);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("pathways[" + index + "]." + e.field(),
                    pathway.id() + ": " + e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static Money total(List<Plan.Planned> population, List<PathwayPricing> pricings) {
        Money total = Money.ZERO;
        for (int i = 0; i < population.size(); i++) {
            total = total.plus(pricings.get(i).total().times(population.get(i).volume()));
        }
        return total;
    }

    private static Impact impact(RuleSet baseline, RuleSet candidate, Question q, List<PathwayPricing> before,
                                 List<PathwayPricing> after, Attribution.Result attribution, Impact.Income income) {
        List<Plan.Planned> population = q.population().pathways();
        Money grantBefore = income.planBefore().blockGrantPerPathway();
        Money grantAfter = income.planAfter().blockGrantPerPathway();
        List<Impact.PathwayImpact> rows = new ArrayList<>();
        Map<String, Money[]> bySetting = new LinkedHashMap<>();
        Map<String, Money[]> byMode = new LinkedHashMap<>();
        List<Impact.RulesChanged> rulesChanged = new ArrayList<>();
        int winners = 0;
        int losers = 0;
        for (int i = 0; i < population.size(); i++) {
            Pathway pathway = population.get(i).pathway();
            long volume = population.get(i).volume();
            List<Impact.ContactImpact> contacts = new ArrayList<>();
            for (int c = 0; c < pathway.contacts().size(); c++) {
                PricedContact a = before.get(i).lines().get(c);
                PricedContact b = after.get(i).lines().get(c);
                String setting = Codes.of(a.contact().setting());
                String mode = Codes.of(a.contact().mode());
                contacts.add(new Impact.ContactImpact(a.contact().id(), setting, mode, a.amount(), b.amount(),
                        b.amount().minus(a.amount())));
                add(bySetting, setting, a.amount().times(volume), b.amount().times(volume));
                add(byMode, mode, a.amount().times(volume), b.amount().times(volume));
                Set<String> was = names(a);
                Set<String> is = names(b);
                if (!was.equals(is)) {
                    rulesChanged.add(new Impact.RulesChanged(pathway.id(), a.contact().id(),
                            was.stream().filter(r -> !is.contains(r)).toList(), is.stream().filter(r -> !was.contains(r)).toList()));
                }
            }
            Money isfBefore = before.get(i).total();
            Money isfAfter = after.get(i).total();
            Money difference = isfAfter.minus(isfBefore);
            winners += difference.kroner().signum() > 0 ? 1 : 0;
            losers += difference.kroner().signum() < 0 ? 1 : 0;
            Money incomeBefore = isfBefore.plus(grantBefore);
            Money incomeAfter = isfAfter.plus(grantAfter);
            rows.add(new Impact.PathwayImpact(pathway.id(), pathway.variant(), volume, isfBefore, isfAfter, difference,
                    incomeBefore, incomeAfter, incomeAfter.minus(incomeBefore), contacts));
        }
        rows.sort(Comparator.comparing((Impact.PathwayImpact p) -> p.difference().kroner().abs()).reversed()
                .thenComparing(Impact.PathwayImpact::pathwayId));
        Impact.Summary summary = new Impact.Summary(income.isfBaseline(), income.isfCandidate(),
                income.isfCandidate().minus(income.isfBaseline()), winners, losers, population.size() - winners - losers);
        return new Impact(baseline.info().id(), candidate.info().id(), q.model(), q.overrides(), q.population(), rows,
                summary, splits(bySetting), splits(byMode), rulesChanged, attribution, income);
    }

    private static Set<String> names(PricedContact line) {
        Set<String> names = new LinkedHashSet<>();
        line.rulesFired().stream().map(RuleRef::name).forEach(names::add);
        return names;
    }

    private static void add(Map<String, Money[]> map, String key, Money before, Money after) {
        Money[] sums = map.computeIfAbsent(key, k -> new Money[] {Money.ZERO, Money.ZERO});
        sums[0] = sums[0].plus(before);
        sums[1] = sums[1].plus(after);
    }

    private static List<Impact.Split> splits(Map<String, Money[]> map) {
        return map.entrySet().stream().map(e -> new Impact.Split(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[1].minus(e.getValue()[0]))).toList();
    }

    private static long ore(Money money) {
        return money.kroner().movePointRight(2).longValueExact();
    }
}
