package no.pathfin.adapter.rules.fact;

import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.pricing.RuleRef;

/** A rule's decision that a contact earns nothing. Other rules test for it, so it is a fact with getters. */
public final class Refusal implements OutcomeSource {

    private final String contactId;
    private final RuleRef rule;
    private final String reason;

    public Refusal(String contactId, RuleRef rule, String reason) {
        this.contactId = contactId;
        this.rule = rule;
        this.reason = reason;
    }

    public String getContactId() {
        return contactId;
    }

    @Override
    public RuleOutcome outcome() {
        return new RuleOutcome.Refused(contactId, rule, reason);
    }
}
