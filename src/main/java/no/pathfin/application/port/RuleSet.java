package no.pathfin.application.port;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.RuleSetInfo;

/**
 * One compiled rule set: its identity, its own parameters, and its rules applied to a batch of contacts under
 * whatever parameters the caller passes (its own, or a what-if variant of them). Thread-safe.
 */
public interface RuleSet {

    RuleSetInfo info();

    Parameters parameters();

    /** A hash of the rules alone (the DRL files), to tell whether two rule sets differ in rules or only in data. */
    String rulesHash();

    /** Per-contact ISF decisions for a batch of contacts; every group code must be in the weight table. */
    List<RuleOutcome> assessContacts(List<Contact> contacts, Parameters parameters);

    /**
     * Bundle decisions for one pathway's contacts (in pathway order). Only contacts in {@code anchorable} may anchor
     * an episode in this rule set; {@code perContactValues} holds each contact's per-contact revenue.
     */
    List<RuleOutcome> assessBundles(List<Contact> contacts, Set<String> anchorable,
                                    Map<String, BigDecimal> perContactValues, Parameters parameters);
}
