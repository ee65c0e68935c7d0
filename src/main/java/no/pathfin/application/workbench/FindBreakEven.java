package no.pathfin.application.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import no.pathfin.application.financing.FinancePlan;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.WhatIf;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.financing.FinancedPlan;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.workbench.BlockGrantCompensation;
import no.pathfin.domain.workbench.BreakEven;

/**
 * Budget-neutral and break-even prices, found through the rules: the bundle price at which a mix of variants earns
 * what it earns per contact, and the unit price that keeps a total unchanged after a change of weights or shares.
 *
 * <p>Method: the total is a non-decreasing function of the price, so the price is found by bisection over whole
 * øre, pricing the mix through the rules at each step; the price returned is the one whose total is nearest the
 * target (the lower on a tie). The residual is what whole-øre prices cannot close.
 */
public final class FindBreakEven {

    /** The highest price searched, in øre: no price up to it reaching the target is an answer in itself. */
    private static final long HIGHEST_PRICE_ORE = 1_000_000_000_000L;

    /**
     * The most times one search prices the whole mix, rounded up: the target (1), doubling the upper bound from at
     * least 100 øre to at most {@link #HIGHEST_PRICE_ORE} (34), bisecting below it (40), the tie between two
     * neighbouring prices (2), the total at the price (1), each variant before and after (2) and, for a unit price,
     * the block grant that would compensate instead (2): 82.
     */
    public static final int MOST_PRICINGS_OF_THE_MIX = 100;

    /** A pathway variant and how many patients follow it. */
    public record Variant(Pathway pathway, long volume) {
    }

    private final RuleSets ruleSets;
    private final PricePathway pricePathway;
    private final FinancePlan financePlan;

    public FindBreakEven(RuleSets ruleSets, PricePathway pricePathway, FinancePlan financePlan) {
        this.ruleSets = ruleSets;
        this.pricePathway = pricePathway;
        this.financePlan = financePlan;
    }

    /** The bundle price that makes the mix earn, in total, what it earns per contact under the rule set. */
    public BreakEven budgetNeutralBundlePrice(String ruleSetId, String bundleId, List<Variant> mix) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        RuleSet ruleSet = choice.named(ruleSetId, "ruleSet");
        check(mix);
        BundleDefinition bundle = ruleSet.parameters().bundles().stream()
                .filter(b -> bundleId == null || b.id().equals(bundleId)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("bundle", bundleId == null ? ruleSetId + " defines no bundle"
                        : "no bundle '" + bundleId + "' in " + ruleSetId));
        long target = counted(total(mix, ruleSet, ruleSet.parameters(), FinancingModel.PER_CONTACT));
        ParameterPath bundlePrice = ParameterPath.bundle(bundle.id(), ParameterField.BUNDLE_PRICE);
        LongFunction<Long> atPrice = ore -> total(mix, ruleSet, with(ruleSet, ParameterChanges.of(bundlePrice, kroner(ore))),
                FinancingModel.BUNDLE);
        long price = solve(atPrice, target, Math.max(100, 2 * target));
        List<BreakEven.Effect> effects = new ArrayList<>();
        Parameters found = with(ruleSet, ParameterChanges.of(bundlePrice, kroner(price)));
        for (Variant v : mix) {
            Money before = one(v, ruleSet, ruleSet.parameters(), FinancingModel.PER_CONTACT);
            Money after = one(v, ruleSet, found, FinancingModel.BUNDLE);
            effects.add(new BreakEven.Effect(v.pathway().id(), v.volume(), before, after, after.minus(before)));
        }
        long total = atPrice.apply(price);
        return new BreakEven("bundle price of " + bundle.id() + " under " + ruleSetId, money(price), money(target),
                money(total), money(total - target), "bisection over whole øre of the bundle price; the mix's bundle"
                + " total (through the bundle rules, outlier rule included) rises with the price; target = the mix's"
                + " per-contact ISF total under " + ruleSetId, effects, null);
    }

    /**
     * The unit price of a setting under the candidate (a rule set and/or overrides) that makes the mix earn what it
     * earns under the baseline.
     */
    public BreakEven breakEvenUnitPrice(String baselineId, String candidateId, ParameterChanges overrides, Setting setting,
                                        List<Variant> mix) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        RuleSet baseline = choice.named(baselineId, "baseline");
        RuleSet candidate = candidateId == null ? baseline : choice.named(candidateId, "candidate");
        check(mix);
        Parameters changed = WhatIf.parameters(candidate, overrides);
        long target = counted(total(mix, baseline, baseline.parameters(), FinancingModel.PER_CONTACT));
        Parameters base = changed;
        ParameterPath unitPrice = ParameterPath.tariff(setting, ParameterField.UNIT_PRICE);
        LongFunction<Parameters> at = ore -> ParameterChanges.of(unitPrice, kroner(ore)).applyTo(base, candidate.info().id());
        LongFunction<Long> atPrice = ore -> total(mix, candidate, at.apply(ore), FinancingModel.PER_CONTACT);
        long current = changed.tariff(setting).unitPrice().movePointRight(2).longValue();
        long price = solve(atPrice, target, Math.max(100, 100 * current));
        List<BreakEven.Effect> effects = new ArrayList<>();
        for (Variant v : mix) {
            Money before = one(v, baseline, baseline.parameters(), FinancingModel.PER_CONTACT);
            Money after = one(v, candidate, at.apply(price), FinancingModel.PER_CONTACT);
            effects.add(new BreakEven.Effect(v.pathway().id(), v.volume(), before, after, after.minus(before)));
        }
        long total = atPrice.apply(price);
        return new BreakEven("unit price of " + no.pathfin.domain.Codes.of(setting) + " care under " + candidate.info().id()
                + (overrides.isEmpty() ? "" : " with the overrides"), money(price), money(target), money(total),
                money(total - target), "bisection over whole øre of the unit price; the mix's total (through the rules)"
                + " rises with it; target = the mix's total under " + baselineId, effects,
                compensation(mix, baseline, candidate, changed));
    }

    /**
     * The block grant, per scheme, that keeps the mix's income (the mix as the plan) unchanged under the candidate
     * at its own unit price: neutral compensation.
     */
    private BlockGrantCompensation compensation(List<Variant> mix, RuleSet baseline, RuleSet candidate,
                                                Parameters changed) {
        Plan plan = new Plan("the mix given: " + String.join(", ", mix.stream()
                .map(v -> no.pathfin.domain.Numbers.grouped(java.math.BigDecimal.valueOf(v.volume())) + " × "
                        + v.pathway().id()).toList()),
                mix.stream().map(v -> new Plan.Planned(v.pathway(), v.volume())).toList());
        FinancePlan.Change change = financePlan.change(plan, baseline, candidate, changed, FinancingModel.PER_CONTACT,
                Compensation.NEUTRAL);
        List<BlockGrantCompensation.Scheme> schemes = new ArrayList<>();
        for (int i = 0; i < change.before().blockGrants().size(); i++) {
            BlockGrant before = change.before().blockGrants().get(i);
            BlockGrant after = change.after().blockGrants().get(i);
            schemes.add(new BlockGrantCompensation.Scheme(before.setting(), before.total(), after.total(),
                    after.total().minus(before.total()), after));
        }
        List<BlockGrantCompensation.VariantIncome> variants = new ArrayList<>();
        for (FinancedPlan.PathwayMoney p : change.before().pathways()) {
            Money before = p.money().income();
            Money after = change.after().of(p.pathwayId()).money().income();
            variants.add(new BlockGrantCompensation.VariantIncome(p.pathwayId(), p.volume(), before, after,
                    after.minus(before)));
        }
        return new BlockGrantCompensation(plan.description(), candidate.info().id(), schemes, variants);
    }

    /** The whole-øre price whose total is nearest the target (the lower on a tie), by bisection. */
    private static long solve(LongFunction<Long> total, long target, long upper) {
        long low = 0;
        long high = Math.min(upper, HIGHEST_PRICE_ORE);
        while (total.apply(high) < target) {
            high *= 2;
            if (high > HIGHEST_PRICE_ORE) {
                throw new InvalidRequestException("variants", "no price up to " + HIGHEST_PRICE_ORE / 100
                        + " kr reaches the target: does the mix hold a bundle anchor and a contact of that setting?");
            }
        }
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (total.apply(mid) < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low > 0 && target - total.apply(low - 1) <= total.apply(low) - target) {
            return low - 1;
        }
        return low;
    }

    private static void check(List<Variant> mix) {
        if (mix.isEmpty()) {
            throw new InvalidRequestException("variants", "name at least one pathway");
        }
        for (int i = 0; i < mix.size(); i++) {
            if (mix.get(i).volume() < 0) {
                throw new InvalidRequestException("variants[" + i + "].volume", "must not be negative");
            }
        }
        if (mix.stream().mapToLong(Variant::volume).sum() == 0) {
            throw new InvalidRequestException("variants", "every volume is 0: give the mix at least one pathway");
        }
    }

    private Parameters with(RuleSet ruleSet, ParameterChanges overrides) {
        return overrides.applyTo(ruleSet.parameters(), ruleSet.info().id());
    }

    private long total(List<Variant> mix, RuleSet rules, Parameters parameters, FinancingModel model) {
        long total = 0;
        try {
            for (Variant v : mix) {
                total = Math.addExact(total, Math.multiplyExact(
                        one(v, rules, parameters, model).kroner().movePointRight(2).longValueExact(), v.volume()));
            }
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE; // beyond what øre count: above any target, so the search keeps looking lower
        }
        return total;
    }

    /** A target must be counted in øre: a mix whose total is beyond that is refused in words. */
    private static long counted(long target) {
        if (target == Long.MAX_VALUE) {
            throw new InvalidRequestException("variants", "the mix's volumes × prices exceed 92 000 000 000 000 000 kr,"
                    + " more than a search can count in øre; give smaller volumes");
        }
        return target;
    }

    private Money one(Variant v, RuleSet rules, Parameters parameters, FinancingModel model) {
        return pricePathway.priceUnder(v.pathway(), List.of(model), rules, parameters).get(0).total();
    }

    private static BigDecimal kroner(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    private static Money money(long ore) {
        return new Money(BigDecimal.valueOf(ore, 2));
    }
}
