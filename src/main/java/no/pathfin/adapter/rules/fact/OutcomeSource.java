package no.pathfin.adapter.rules.fact;

import no.pathfin.domain.pricing.RuleOutcome;

/** A working fact that other rules match on, and that also stands for an outcome to report. */
public interface OutcomeSource {

    RuleOutcome outcome();
}
