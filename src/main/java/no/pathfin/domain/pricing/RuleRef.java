package no.pathfin.domain.pricing;

/** A rule that fired: its name (a sentence) and the regulation it encodes. */
public record RuleRef(String name, String regulation) {
}
