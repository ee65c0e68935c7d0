package no.pathfin.domain.ruleset;

/** How binding a rule set is; the rule set is chosen by date preferring final over preliminary over scenario. */
public enum RuleSetStatus {
    /**
     * The year's official unit prices and ISF shares. Other figures (weights, personnel lists, PHV/TSB shares before
     * 2023) may still be assumptions, each labelled where it stands.
     */
    FINAL,
    /** A unit price or a share is not official (stated, with its reasoning, in the parameters). */
    PRELIMINARY,
    /** A proposal someone wants to test. */
    SCENARIO
}
