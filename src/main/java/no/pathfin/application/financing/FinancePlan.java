package no.pathfin.application.financing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.pricing.WhatIf;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.costing.PathwayCost;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.financing.FinancedPlan;
import no.pathfin.domain.financing.Plan;
import no.pathfin.domain.financing.WholeMoney;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.Tariff;

/**
 * The whole money of a plan: every planned pathway priced through the rules (ISF, or the bundle), and the block
 * grant of each scheme set from the plan's points, as the rule set's own (1 − ISF share) × unit price × planned
 * points, or, for a candidate, compensated against a baseline.
 */
public final class FinancePlan {

    /** A plan before and after a change, and how the block grant met it. */
    public record Change(FinancedPlan before, FinancedPlan after) {
        public Money incomeDifference() {
            return after.income().minus(before.income());
        }
    }

    private final RuleSets ruleSets;
    private final PricePathway pricePathway;

    public FinancePlan(RuleSets ruleSets, PricePathway pricePathway) {
        this.ruleSets = ruleSets;
        this.pricePathway = pricePathway;
    }

    /** Pricings already made of the planned pathways under one rule set, and their costs. */
    public interface Priced {
        PathwayPricing perContact(Pathway pathway);

        PathwayPricing underModel(Pathway pathway);

        PathwayCost cost(Pathway pathway);
    }

    /**
     * The plan under a rule set, with that rule set's own block grant, from pricings already made (those of a
     * comparison): nothing is priced twice.
     */
    public FinancedPlan finance(Plan plan, String ruleSetId, FinancingModel model, ParameterChanges overrides,
                                Priced known) {
        RuleSet ruleSet = new RuleSetChoice(ruleSets.snapshot()).named(ruleSetId, "ruleSet");
        Sums sums = new Sums(WhatIf.parameters(ruleSet, overrides));
        for (Plan.Planned planned : plan.pathways()) {
            Pathway pathway = planned.pathway();
            sums.add(planned.volume(), known.perContact(pathway), known.underModel(pathway), known.cost(pathway));
        }
        return own(plan, ruleSetId, model, sums);
    }

    /** A pathway priced per contact under a rule set (with overrides). */
    public PathwayPricing perContact(Pathway pathway, String ruleSetId, ParameterChanges overrides) {
        return pricePathway.price(pathway, FinancingModel.PER_CONTACT, ruleSetId, overrides);
    }

    /** The plan under a rule set, with that rule set's own block grant. */
    public FinancedPlan finance(Plan plan, String ruleSetId, FinancingModel model, ParameterChanges overrides) {
        RuleSet ruleSet = new RuleSetChoice(ruleSets.snapshot()).named(ruleSetId, "ruleSet");
        return own(plan, ruleSetId, model, price(plan, ruleSet, WhatIf.parameters(ruleSet, overrides), model));
    }

    private static FinancedPlan own(Plan plan, String ruleSetId, FinancingModel model, Sums priced) {
        List<BlockGrant> grants = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            Tariff tariff = priced.parameters.tariff(setting);
            grants.add(BlockGrant.ofPoints(setting, priced.points(setting), plan.count(), share(tariff, ruleSetId),
                    unitPrice(tariff, ruleSetId), plan.description(), "the block grant of " + ruleSetId
                            + ": (1 − its ISF share) × its unit price × the plan's points"));
        }
        return assemble(plan, ruleSetId, model, Compensation.NONE, grants, priced);
    }

    /** The plan under a baseline and under a candidate, the candidate's block grant compensated as asked. */
    public Change change(Plan plan, String baselineId, String candidateId, ParameterChanges overrides,
                         FinancingModel model, Compensation compensation) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        RuleSet baseline = choice.named(baselineId, "baseline");
        RuleSet candidate = candidateId == null ? baseline : choice.named(candidateId, "candidate");
        return change(plan, baseline, candidate, WhatIf.parameters(candidate, overrides), model, compensation);
    }

    /**
     * The plan under a baseline's own rules and parameters and under any rules and parameters (a candidate, or a mix
     * of the two), the latter's block grant compensated as asked.
     */
    public Change change(Plan plan, RuleSet baseline, RuleSet candidate, Parameters candidateParameters,
                         FinancingModel model, Compensation compensation) {
        String baselineId = baseline.info().id();
        String candidateId = candidate.info().id();
        Sums base = price(plan, baseline, baseline.parameters(), model);
        FinancedPlan before = own(plan, baselineId, model, base);
        Sums after = price(plan, candidate, candidateParameters, model);
        List<BlockGrant> grants = new ArrayList<>();
        for (BlockGrant grant : before.blockGrants()) {
            Setting s = grant.setting();
            grants.add(switch (compensation) {
                case NONE -> grant.unchanged("unchanged from " + baselineId + " (no compensation)");
                case SHARE -> BlockGrant.ofPoints(s, grant.plannedPoints(), grant.plannedPathways(),
                        share(after.parameters.tariff(s), candidateId), unitPrice(base.parameters.tariff(s), baselineId),
                        plan.description() + " under " + baselineId, "share compensation: (1 − the ISF share of "
                                + candidateId + ") × the unit price and planned points of " + baselineId);
                case NEUTRAL -> BlockGrant.neutral(grant, base.isf(s), after.isf(s), "neutral compensation: income"
                        + " at plan unchanged from " + baselineId);
            });
        }
        return new Change(before, assemble(plan, candidateId, model, compensation, grants, after));
    }

    /** What a pathway costs by a rule set's own figures (a what-if changes payment, not cost). */
    public PathwayCost cost(Pathway pathway, String ruleSetId) {
        return cost(new RuleSetChoice(ruleSets.snapshot()).named(ruleSetId, "ruleSet"), pathway);
    }

    private static PathwayCost cost(RuleSet ruleSet, Pathway pathway) {
        try {
            return ruleSet.costs().cost(pathway, ruleSet.parameters().weights());
        } catch (InvalidValue e) {
            throw new InvalidRequestException(e.field(), e.getMessage());
        }
    }

    private static Factor share(Tariff tariff, String ruleSetId) {
        return new Factor("ISF share (" + ruleSetId + ")", tariff.isfShare(), tariff.sourceOf("isfShare"));
    }

    private static Factor unitPrice(Tariff tariff, String ruleSetId) {
        return new Factor("unit price (" + ruleSetId + ")", tariff.unitPrice(), tariff.sourceOf("unitPrice"));
    }

    /** Every planned pathway priced per contact (for its points) and under the model (for its ISF). */
    private Sums price(Plan plan, RuleSet ruleSet, Parameters parameters, FinancingModel model) {
        List<FinancingModel> models = new ArrayList<>(new LinkedHashSet<>(List.of(FinancingModel.PER_CONTACT, model)));
        Sums priced = new Sums(parameters);
        for (Plan.Planned planned : plan.pathways()) {
            List<PathwayPricing> pricings = pricePathway.priceUnder(planned.pathway(), models, ruleSet, parameters);
            priced.add(planned.volume(), pricings.get(0), pricings.get(pricings.size() - 1),
                    cost(ruleSet, planned.pathway()));
        }
        return priced;
    }

    private static FinancedPlan assemble(Plan plan, String ruleSetId, FinancingModel model, Compensation compensation,
                                         List<BlockGrant> grants, Sums priced) {
        Money blockGrant = grants.stream().map(BlockGrant::perPathway).reduce(Money.ZERO, Money::plus);
        List<FinancedPlan.PathwayMoney> pathways = new ArrayList<>();
        for (int i = 0; i < plan.pathways().size(); i++) {
            Plan.Planned planned = plan.pathways().get(i);
            PathwayCost cost = priced.costOf.get(i);
            pathways.add(new FinancedPlan.PathwayMoney(planned.pathway().id(), planned.volume(), priced.pointsOf.get(i),
                    WholeMoney.of(priced.isfOf.get(i), blockGrant, cost), cost));
        }
        return new FinancedPlan(plan, ruleSetId, model, compensation, grants, pathways);
    }

    /** The plan's pathways priced: each one's points and ISF, and the plan's points and ISF per scheme. */
    private static final class Sums {
        final Parameters parameters;
        final List<BigDecimal> pointsOf = new ArrayList<>();
        final List<Money> isfOf = new ArrayList<>();
        final List<PathwayCost> costOf = new ArrayList<>();
        private final Map<Setting, BigDecimal> points = new EnumMap<>(Setting.class);
        private final Map<Setting, Money> isf = new EnumMap<>(Setting.class);

        Sums(Parameters parameters) {
            this.parameters = parameters;
        }

        void add(long volume, PathwayPricing perContact, PathwayPricing underModel, PathwayCost cost) {
            costOf.add(cost);
            BigDecimal pathwayPoints = BigDecimal.ZERO;
            for (PricedContact line : perContact.lines()) {
                BigDecimal linePoints = line.components().stream().map(Component::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                points.merge(line.contact().setting(), linePoints.multiply(BigDecimal.valueOf(volume)), BigDecimal::add);
                pathwayPoints = pathwayPoints.add(linePoints);
            }
            for (PricedContact line : underModel.lines()) {
                isf.merge(line.contact().setting(), line.amount().times(volume), Money::plus);
            }
            pointsOf.add(pathwayPoints);
            isfOf.add(underModel.total());
        }

        BigDecimal points(Setting setting) {
            return points.getOrDefault(setting, BigDecimal.ZERO);
        }

        Money isf(Setting setting) {
            return isf.getOrDefault(setting, Money.ZERO);
        }
    }
}
