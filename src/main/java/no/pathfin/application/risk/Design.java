package no.pathfin.application.risk;

import java.util.Objects;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * A payment design to assess: a financing model of the rule set, with some of its parameters set to other values
 * (a corridor added to the bundle, another outlier threshold), under a label a person gave it.
 */
public record Design(String label, FinancingModel model, ParameterChanges overrides) {

    public Design {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        overrides = overrides == null ? ParameterChanges.NONE : overrides;
    }

    /** Each financing model as the rule set holds it: the designs assessed when none are named. */
    public static java.util.List<Design> eachModel() {
        return java.util.Arrays.stream(FinancingModel.values()).map(Design::of).toList();
    }

    /** The model as it is in the rule set, labelled by its code. */
    public static Design of(FinancingModel model) {
        return new Design(no.pathfin.domain.Codes.of(model), model, ParameterChanges.NONE);
    }
}
