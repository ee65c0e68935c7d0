package no.pathfin.application.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.WhatIf;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
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
 * is a rule set, or the baseline (or a candidate) with request overrides; every pathway is priced under both, and
 * the total difference is attributed to each changed parameter, to "other parameter changes" that cannot be
 * separated, and to the rules (DRL) if they differ.
 */
public final class AssessRuleChange {

    private final RuleSets ruleSets;
    private final PricePathway pricePathway;

    public AssessRuleChange(RuleSets ruleSets, PricePathway pricePathway) {
        this.ruleSets = ruleSets;
        this.pricePathway = pricePathway;
    }

    /** @param candidateId the candidate rule set, or null for the baseline itself (changed by the overrides) */
    public Impact assess(String baselineId, String candidateId, ParameterChanges overrides, List<Pathway> pathways,
                         FinancingModel model) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        if (pathways.isEmpty()) {
            throw new InvalidRequestException("pathways", "name at least one pathway");
        }
        RuleSet baseline = choice.named(baselineId, "baseline");
        RuleSet candidate = candidateId == null ? baseline : choice.named(candidateId, "candidate");
        Parameters baseParameters = baseline.parameters();
        Parameters candidateParameters = WhatIf.parameters(candidate, overrides);
        ChangeSet changeSet = new ChangeSet(baseline, candidate, candidateParameters);

        List<PathwayPricing> before = new ArrayList<>();
        List<PathwayPricing> after = new ArrayList<>();
        for (int i = 0; i < pathways.size(); i++) {
            before.add(price(pathways.get(i), i, model, baseline, baseParameters));
            after.add(price(pathways.get(i), i, model, candidate, candidateParameters));
        }
        Map<Long, Long> values = new HashMap<>();
        Attribution.Result attribution = Attribution.split(changeSet.items(), changeSet.descriptions(),
                mask -> values.computeIfAbsent(mask, m -> {
            RuleSet rules = changeSet.rules(m);
            Parameters parameters = changeSet.parameters(m);
            long total = 0;
            for (int i = 0; i < pathways.size(); i++) {
                total += ore(price(pathways.get(i), i, model, rules, parameters).total());
            }
            return total;
        }));
        return impact(baseline, candidate, model, overrides, pathways, before, after, attribution);
    }

    private PathwayPricing price(Pathway pathway, int index, FinancingModel model, RuleSet rules, Parameters parameters) {
        try {
            return pricePathway.priceUnder(pathway, List.of(model), rules, parameters).get(0);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("pathways[" + index + "]." + e.field(),
                    pathway.id() + ": " + e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static Impact impact(RuleSet baseline, RuleSet candidate, FinancingModel model, ParameterChanges overrides,
                                 List<Pathway> pathways, List<PathwayPricing> before, List<PathwayPricing> after,
                                 Attribution.Result attribution) {
        List<Impact.PathwayImpact> rows = new ArrayList<>();
        Map<String, Money[]> bySetting = new LinkedHashMap<>();
        Map<String, Money[]> byMode = new LinkedHashMap<>();
        List<Impact.RulesChanged> rulesChanged = new ArrayList<>();
        Money totalBefore = Money.ZERO;
        Money totalAfter = Money.ZERO;
        int winners = 0;
        int losers = 0;
        for (int i = 0; i < pathways.size(); i++) {
            List<Impact.ContactImpact> contacts = new ArrayList<>();
            for (int c = 0; c < pathways.get(i).contacts().size(); c++) {
                PricedContact a = before.get(i).lines().get(c);
                PricedContact b = after.get(i).lines().get(c);
                String setting = Codes.of(a.contact().setting());
                String mode = Codes.of(a.contact().mode());
                contacts.add(new Impact.ContactImpact(a.contact().id(), setting, mode, a.amount(), b.amount(),
                        b.amount().minus(a.amount())));
                add(bySetting, setting, a.amount(), b.amount());
                add(byMode, mode, a.amount(), b.amount());
                Set<String> was = names(a);
                Set<String> is = names(b);
                if (!was.equals(is)) {
                    rulesChanged.add(new Impact.RulesChanged(pathways.get(i).id(), a.contact().id(),
                            was.stream().filter(r -> !is.contains(r)).toList(), is.stream().filter(r -> !was.contains(r)).toList()));
                }
            }
            Money difference = after.get(i).total().minus(before.get(i).total());
            winners += difference.kroner().signum() > 0 ? 1 : 0;
            losers += difference.kroner().signum() < 0 ? 1 : 0;
            totalBefore = totalBefore.plus(before.get(i).total());
            totalAfter = totalAfter.plus(after.get(i).total());
            rows.add(new Impact.PathwayImpact(pathways.get(i).id(), pathways.get(i).variant(), before.get(i).total(),
                    after.get(i).total(), difference, contacts));
        }
        rows.sort(Comparator.comparing((Impact.PathwayImpact p) -> p.difference().kroner().abs()).reversed()
                .thenComparing(Impact.PathwayImpact::pathwayId));
        Impact.Summary summary = new Impact.Summary(totalBefore, totalAfter, totalAfter.minus(totalBefore), winners, losers,
                pathways.size() - winners - losers);
        return new Impact(baseline.info().id(), candidate.info().id(), model, overrides, rows, summary, splits(bySetting),
                splits(byMode), rulesChanged, attribution);
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
