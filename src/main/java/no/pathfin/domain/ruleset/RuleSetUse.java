package no.pathfin.domain.ruleset;

/**
 * A rule set a pricing used, for reproducing it: its content hash, and the hash of (content hash + the request's
 * overrides). Sending the same pathway with the same overrides to a rule set with the same hash gives the same numbers.
 */
public record RuleSetUse(String id, String contentHash, String overridesHash) {
}
