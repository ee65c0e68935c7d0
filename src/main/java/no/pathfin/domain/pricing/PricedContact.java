package no.pathfin.domain.pricing;

import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Contact;

/**
 * One contact's line: which rule set priced it (id and content hash: under a bundle that covers the contact, the rule
 * set whose bundle price applies), which rule set's per-contact rules valued it (the same, unless a bundle of
 * another rule set covers it), which rules fired, the components of its revenue and their sum. A line that earns
 * nothing says why in {@code notes}.
 */
public record PricedContact(
        Contact contact, String ruleSetId, String ruleSetHash, String perContactRuleSetId,
        String perContactRuleSetHash, List<RuleRef> rulesFired, List<Component> components, Money amount,
        List<String> notes) {

    public PricedContact {
        rulesFired = List.copyOf(rulesFired);
        components = List.copyOf(components);
        notes = List.copyOf(notes);
        Money sum = components.stream().map(Component::amount).reduce(Money.ZERO, Money::plus);
        if (!sum.equals(amount)) {
            throw new IllegalArgumentException("line " + contact.id() + " amount " + amount + " is not the sum " + sum);
        }
    }

    /** A line whose rule set also valued the contact per contact. */
    public static PricedContact of(Contact contact, String ruleSetId, String ruleSetHash, List<RuleRef> rulesFired,
                                   List<Component> components, List<String> notes) {
        return of(contact, ruleSetId, ruleSetHash, ruleSetId, ruleSetHash, rulesFired, components, notes);
    }

    public static PricedContact of(Contact contact, String ruleSetId, String ruleSetHash, String perContactRuleSetId,
                                   String perContactRuleSetHash, List<RuleRef> rulesFired, List<Component> components,
                                   List<String> notes) {
        Money sum = components.stream().map(Component::amount).reduce(Money.ZERO, Money::plus);
        return new PricedContact(contact, ruleSetId, ruleSetHash, perContactRuleSetId, perContactRuleSetHash,
                rulesFired, components, sum, notes);
    }
}
