package no.pathfin.domain.ruleset;

/** How binding a rule set is: final regulation, preliminary figures, or a scenario someone wants to test. */
public enum RuleSetStatus {
    FINAL,
    PRELIMINARY,
    SCENARIO
}
