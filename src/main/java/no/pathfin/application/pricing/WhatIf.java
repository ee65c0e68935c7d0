package no.pathfin.application.pricing;

import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.Parameters;

/** A request's what-if overrides applied to a copy of a rule set's parameters; one that cannot apply names its field. */
public final class WhatIf {

    private WhatIf() {
    }

    public static Parameters parameters(RuleSet ruleSet, ParameterChanges overrides) {
        return parameters(ruleSet.parameters(), overrides, ruleSet.info().id());
    }

    public static Parameters parameters(Parameters base, ParameterChanges overrides, String ruleSetId) {
        try {
            return overrides.applyTo(base, ruleSetId);
        } catch (InvalidValue e) {
            throw new InvalidRequestException("overrides." + e.field(), e.getMessage());
        }
    }
}
