package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.pricing.RuleRef;

/** A contact covered by a bundle episode: the bundle price replaces its per-contact revenue. */
public final class Coverage implements OutcomeSource {

    private final EpisodeContact contact;
    private final Anchor anchor;
    private final RuleRef rule;

    public Coverage(EpisodeContact contact, Anchor anchor, org.kie.api.definition.rule.Rule rule) {
        this.contact = contact;
        this.anchor = anchor;
        this.rule = Outcomes.ref(rule);
    }

    public String getContactId() {
        return contact.getId();
    }

    public String getAnchorContactId() {
        return anchor.getContactId();
    }

    public BigDecimal getPerContactValue() {
        return contact.getPerContactValue();
    }

    @Override
    public RuleOutcome outcome() {
        return new RuleOutcome.Covered(contact.getId(), rule, anchor.getBundleId(), anchor.getContactId());
    }
}
