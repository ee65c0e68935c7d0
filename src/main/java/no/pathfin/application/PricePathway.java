package no.pathfin.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.Contact;
import no.pathfin.domain.FinancingModel;
import no.pathfin.domain.Pathway;
import no.pathfin.domain.PathwayPricing;
import no.pathfin.domain.PricedContact;
import no.pathfin.domain.RuleOutcome;

/**
 * Prices a pathway under per-contact ISF or a bundle. Each contact is priced by the rule set of its own date unless
 * the caller names one; contacts of one rule set go through the rules as one batch.
 */
public final class PricePathway {

    private final RuleSetChoice choice;

    public PricePathway(RuleSets ruleSets) {
        this.choice = new RuleSetChoice(ruleSets);
    }

    /** @param ruleSetId the rule set for every contact, or null to choose by each contact's date */
    public PathwayPricing price(Pathway pathway, FinancingModel model, String ruleSetId) {
        Map<RuleSet, List<Contact>> batches = batches(pathway, ruleSetId);
        Map<String, PricedContact> lines = new HashMap<>();
        batches.forEach((ruleSet, contacts) -> {
            Map<String, List<RuleOutcome>> outcomes = byContact(ruleSet.assessContacts(contacts, ruleSet.parameters()));
            for (Contact contact : contacts) {
                lines.put(contact.id(), ContactLines.perContact(contact, ruleSet.info(),
                        outcomes.getOrDefault(contact.id(), List.of())));
            }
        });
        if (model == FinancingModel.BUNDLE) {
            applyBundles(pathway, batches, lines);
        }
        List<PricedContact> ordered = pathway.contacts().stream().map(c -> lines.get(c.id())).toList();
        return PathwayPricing.of(pathway, model, ruleSetId, ordered);
    }

    private Map<RuleSet, List<Contact>> batches(Pathway pathway, String ruleSetId) {
        RuleSet named = ruleSetId == null ? null : choice.named(ruleSetId, "ruleSet");
        Map<RuleSet, List<Contact>> batches = new LinkedHashMap<>();
        List<Contact> contacts = pathway.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String field = "contacts[" + i + "]";
            RuleSet ruleSet = named != null ? named : choice.forDate(contact.date(), field + ".date");
            if (ruleSet.parameters().weights().find(contact.groupCode()).isEmpty()) {
                throw new InvalidRequestException(field + ".groupCode", "group code '" + contact.groupCode()
                        + "' is not in the weight table of " + ruleSet.info().id());
            }
            batches.computeIfAbsent(ruleSet, r -> new ArrayList<>()).add(contact);
        }
        return batches;
    }

    /** Bundles are assessed in the rule set of each anchor's date, over the whole pathway in date order. */
    private static void applyBundles(Pathway pathway, Map<RuleSet, List<Contact>> batches, Map<String, PricedContact> lines) {
        List<Contact> byDate = pathway.contacts().stream().sorted(Comparator.comparing(Contact::date)).toList();
        Map<String, BigDecimal> values = new HashMap<>();
        lines.forEach((id, line) -> values.put(id, line.amount().kroner()));
        List<ContactLines.Tagged> outcomes = new ArrayList<>();
        batches.forEach((ruleSet, contacts) -> {
            Set<String> anchorable = new LinkedHashSet<>();
            contacts.forEach(c -> anchorable.add(c.id()));
            for (RuleOutcome outcome : ruleSet.assessBundles(byDate, anchorable, values, ruleSet.parameters())) {
                outcomes.add(new ContactLines.Tagged(ruleSet.info(), outcome));
            }
        });
        lines.putAll(ContactLines.bundled(byDate, outcomes, lines));
    }

    static Map<String, List<RuleOutcome>> byContact(List<RuleOutcome> outcomes) {
        Map<String, List<RuleOutcome>> map = new HashMap<>();
        for (RuleOutcome outcome : outcomes) {
            map.computeIfAbsent(outcome.contactId(), k -> new ArrayList<>()).add(outcome);
        }
        return map;
    }
}
