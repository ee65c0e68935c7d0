package no.pathfin.application.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.pricing.ContactLines;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.Parameters;

/**
 * The whole money of a repricing, per hospital and scheme. The block grant is set from the plan (the activity, or a
 * plan file): the baseline's (1 − ISF share) × unit price × the plan's points under the baseline's rules, and under
 * the other scenarios as the compensation says: unchanged ({@code none}), following the scenario's ISF share
 * ({@code share}), or so that income at plan is unchanged ({@code neutral}: the plan's ISF lost is added to the
 * grant, which needs the activity as the plan). The first scenario is the baseline. Cost is each scenario's rule
 * set's cost model over the activity's profiles, times their counts.
 */
final class FinanceActivity {

    private FinanceActivity() {
    }

    /**
     * @param plan     the plan, counted (the activity itself when no plan file is given)
     * @param planName what the plan is
     */
    static ActivityMoney of(List<RuleSet> used, ReadAndCount.Counted plan, String planName,
                            Compensation compensation, List<Repricing.Cell> cells, DecisionCache decisions) {
        RuleSet baseline = used.get(0);
        Map<String, BigDecimal[]> points = plannedPoints(baseline, plan, decisions);
        Map<String, Accumulated> lines = new TreeMap<>();
        List<Map<ContactProfile, Money>> costs = new ArrayList<>();
        for (RuleSet ruleSet : used) {
            costs.add(new java.util.HashMap<>());
        }
        for (Repricing.Cell cell : cells) {
            Setting scheme = cell.profile().setting();
            Accumulated line = lines.computeIfAbsent(key(cell.hospital(), scheme),
                    k -> new Accumulated(cell.hospital(), scheme, used.size()));
            line.contacts += cell.contacts();
            for (int s = 0; s < used.size(); s++) {
                RuleSet r = used.get(s);
                Money unitCost = costs.get(s).computeIfAbsent(cell.profile(), p -> r.costs()
                        .cost("profile", p, r.parameters().weights()).amount());
                line.isf[s] = line.isf[s].plus(cell.amounts().get(s));
                line.cost[s] = line.cost[s].plus(unitCost.times(cell.contacts()));
            }
        }
        points.forEach((key, byScheme) -> {
            String[] parts = key.split("\u0000");
            lines.computeIfAbsent(key, k -> new Accumulated(parts[0], Setting.valueOf(parts[1]), used.size()));
        });
        List<ActivityMoney.Line> result = new ArrayList<>();
        for (Map.Entry<String, Accumulated> entry : lines.entrySet()) {
            Accumulated a = entry.getValue();
            BigDecimal planned = points.getOrDefault(entry.getKey(), new BigDecimal[] {BigDecimal.ZERO})[0];
            List<ActivityMoney.Figures> figures = new ArrayList<>();
            Money baseGrant = grant(baseline.parameters(), baseline.parameters(), a.scheme, planned);
            for (int s = 0; s < used.size(); s++) {
                Money grant = switch (compensation) {
                    case NONE -> baseGrant;
                    case SHARE -> grant(used.get(s).parameters(), baseline.parameters(), a.scheme, planned);
                    case NEUTRAL -> baseGrant.plus(a.isf[0]).minus(a.isf[s]);
                };
                figures.add(new ActivityMoney.Figures(a.isf[s], grant, a.cost[s]));
            }
            result.add(new ActivityMoney.Line(a.hospital, a.scheme, a.contacts, planned, figures));
        }
        String id = baseline.info().id();
        String basis = "per hospital and scheme: under " + id + ", (1 − its ISF share) × its unit price × the plan's"
                + " points under its rules, rounded once to øre, half up; " + switch (compensation) {
                    case NONE -> "the same under every scenario (no compensation)";
                    case SHARE -> "under the other scenarios with their ISF share (share compensation)";
                    case NEUTRAL -> "under the other scenarios plus the ISF the plan loses against " + id
                            + ", so that income at plan is unchanged (neutral compensation)";
                } + "; cost by each rule set's cost model; " + BlockGrant.ASSUMPTION;
        return new ActivityMoney(planName, basis, result);
    }

    /** The block grant with the share of {@code shareFrom} and the unit price of {@code priceFrom}. */
    static Money grant(Parameters shareFrom, Parameters priceFrom, Setting scheme, BigDecimal plannedPoints) {
        return blockGrant(shareFrom.tariff(scheme).isfShare(), priceFrom.tariff(scheme).unitPrice(), plannedPoints);
    }

    /** (1 − share) × unit price × planned points, rounded once to øre, half up. */
    static Money blockGrant(BigDecimal share, BigDecimal unitPrice, BigDecimal plannedPoints) {
        return Money.rounded(BigDecimal.ONE.subtract(share).multiply(unitPrice).multiply(plannedPoints));
    }

    /** The plan's points by hospital and scheme, under the baseline's per-contact rules. */
    private static Map<String, BigDecimal[]> plannedPoints(RuleSet baseline, ReadAndCount.Counted plan,
                                                           DecisionCache decisions) {
        List<List<RuleOutcome>> decided = decisions.contacts(baseline, baseline.parameters(), plan.profiles());
        List<BigDecimal> perProfile = decided.stream().map(ContactLines::points).toList();
        Map<String, BigDecimal[]> points = new TreeMap<>();
        for (int h = 0; h < plan.hospitals().size(); h++) {
            for (int p = 0; p < plan.profiles().size(); p++) {
                long n = plan.counts().get(h, p);
                if (n == 0) {
                    continue;
                }
                String key = key(plan.hospitals().get(h), plan.profiles().get(p).setting());
                BigDecimal[] sum = points.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO});
                sum[0] = sum[0].add(perProfile.get(p).multiply(BigDecimal.valueOf(n)));
            }
        }
        return points;
    }

    private static String key(String hospital, Setting scheme) {
        return hospital + "\u0000" + scheme.name();
    }

    /** One hospital's scheme as the cells are summed. */
    private static final class Accumulated {
        final String hospital;
        final Setting scheme;
        long contacts;
        final Money[] isf;
        final Money[] cost;

        Accumulated(String hospital, Setting scheme, int scenarios) {
            this.hospital = hospital;
            this.scheme = scheme;
            this.isf = new Money[scenarios];
            this.cost = new Money[scenarios];
            java.util.Arrays.fill(isf, Money.ZERO);
            java.util.Arrays.fill(cost, Money.ZERO);
        }
    }
}
