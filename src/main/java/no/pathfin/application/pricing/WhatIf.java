package no.pathfin.application.pricing;

import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.costing.CostModel;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.EpisodeShape;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.RuleSetInfo;

/** A request's what-if overrides applied to a copy of a rule set's parameters; one that cannot apply names its field. */
public final class WhatIf {

    private WhatIf() {
    }

    public static Parameters parameters(RuleSet ruleSet, ParameterChanges overrides) {
        return parameters(ruleSet.parameters(), overrides, ruleSet.info().id());
    }

    /**
     * The rule set under the request's overrides, for callers that take a rule set whole (the batch): its rules,
     * identity and cost model, with the overridden parameters. The rule set itself when there is nothing to apply.
     */
    public static RuleSet ruleSet(RuleSet ruleSet, ParameterChanges overrides) {
        if (overrides.isEmpty()) {
            return ruleSet;
        }
        Parameters changed = parameters(ruleSet, overrides);
        return new RuleSet() {
            @Override
            public RuleSetInfo info() {
                return ruleSet.info();
            }

            @Override
            public Parameters parameters() {
                return changed;
            }

            @Override
            public CostModel costs() {
                return ruleSet.costs();
            }

            @Override
            public String rulesHash() {
                return ruleSet.rulesHash();
            }

            @Override
            public List<List<RuleOutcome>> decide(List<ContactProfile> profiles, Parameters parameters) {
                return ruleSet.decide(profiles, parameters);
            }

            @Override
            public List<RuleOutcome> decide(EpisodeShape episode, Parameters parameters) {
                return ruleSet.decide(episode, parameters);
            }

            @Override
            public List<RuleOutcome> decide(no.pathfin.domain.pricing.PeriodShape contacts, Parameters parameters) {
                return ruleSet.decide(contacts, parameters);
            }
        };
    }

    public static Parameters parameters(Parameters base, ParameterChanges overrides, String ruleSetId) {
        try {
            return overrides.applyTo(base, ruleSetId);
        } catch (InvalidValue e) {
            throw new InvalidRequestException("overrides." + e.field(), e.getMessage());
        }
    }
}
