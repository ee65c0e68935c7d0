package no.pathfin.application.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.EpisodeShape;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.RuleSetUse;

/**
 * Prices a pathway under per-contact ISF, a bundle or period payments. Each contact is priced by the rule set of its own date unless
 * the caller names one; the contacts of one rule set are decided together, through the decision cache. What-if
 * overrides change a copy of each rule set's parameters for this call only.
 */
public final class PricePathway {

    private final RuleSets ruleSets;
    private final DecisionCache decisions;

    public PricePathway(RuleSets ruleSets, DecisionCache decisions) {
        this.ruleSets = ruleSets;
        this.decisions = decisions;
    }

    /** This use case bound to one snapshot of the rule sets, for a request that prices several times. */
    public PricePathway on(RuleSets snapshot) {
        return new PricePathway(snapshot, decisions);
    }

    /** @param ruleSetId the rule set for every contact, or null to choose by each contact's date */
    public PathwayPricing price(Pathway pathway, FinancingModel model, String ruleSetId) {
        return price(pathway, model, ruleSetId, ParameterChanges.NONE);
    }

    public PathwayPricing price(Pathway pathway, FinancingModel model, String ruleSetId, ParameterChanges overrides) {
        return priceAll(pathway, List.of(model), ruleSetId, overrides).get(0);
    }

    /** The pathway under several financing models; the per-contact pass is done once and shared. */
    public List<PathwayPricing> priceAll(Pathway pathway, List<FinancingModel> models, String ruleSetId,
                                         ParameterChanges overrides) {
        return price(pathway, models, ruleSetId, overrides, batches(pathway, ruleSetId, overrides));
    }

    /** The pathway under the rules of one rule set with any parameters (e.g. a mix of two rule sets' values). */
    public List<PathwayPricing> priceUnder(Pathway pathway, List<FinancingModel> models, RuleSet rules,
                                           Parameters parameters) {
        Map<RuleSet, Batch> batches = new LinkedHashMap<>();
        batches.put(rules, new Batch(new ArrayList<>(), parameters));
        for (int i = 0; i < pathway.contacts().size(); i++) {
            add(batches.get(rules), pathway.contacts().get(i), "contacts[" + i + "]", rules);
        }
        return price(pathway, models, rules.info().id(), ParameterChanges.NONE, batches);
    }

    private List<PathwayPricing> price(Pathway pathway, List<FinancingModel> models, String ruleSetId,
                                       ParameterChanges overrides, Map<RuleSet, Batch> batches) {
        Map<String, PricedContact> perContact = new HashMap<>();
        batches.forEach((ruleSet, batch) -> {
            List<List<RuleOutcome>> decided = decisions.contacts(ruleSet, batch.parameters,
                    batch.contacts.stream().map(Contact::profile).toList());
            for (int i = 0; i < batch.contacts.size(); i++) {
                Contact contact = batch.contacts.get(i);
                perContact.put(contact.id(), ContactLines.perContact(contact, ruleSet.info(),
                        decided.get(i).stream().map(o -> o.about(contact.id())).toList()));
            }
        });
        List<RuleSetUse> used = batches.entrySet().stream().map(e -> new RuleSetUse(e.getKey().info().id(),
                e.getKey().info().contentHash(), e.getValue().parameters.hash())).toList();
        List<PathwayPricing> pricings = new ArrayList<>();
        for (FinancingModel model : models) {
            Map<String, PricedContact> lines = new HashMap<>(perContact);
            if (model == FinancingModel.BUNDLE) {
                lines.putAll(bundled(pathway, batches, perContact, ruleSetId == null));
            } else if (model == FinancingModel.PERIOD) {
                lines.putAll(PeriodLines.of(decisions, batches, perContact));
            }
            List<PricedContact> ordered = pathway.contacts().stream().map(c -> lines.get(c.id())).toList();
            pricings.add(PathwayPricing.of(pathway, model, ruleSetId, overrides, used, ordered));
        }
        return pricings;
    }

    /** The contacts one rule set prices, and the parameters it prices them under. */
    record Batch(List<Contact> contacts, Parameters parameters) {
    }

    private Map<RuleSet, Batch> batches(Pathway pathway, String ruleSetId, ParameterChanges overrides) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        RuleSet named = ruleSetId == null ? null : choice.named(ruleSetId, "ruleSet");
        Map<RuleSet, Batch> batches = new LinkedHashMap<>();
        List<Contact> contacts = pathway.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String field = "contacts[" + i + "]";
            RuleSet ruleSet = named != null ? named : choice.forDate(contact.date(), field + ".date");
            add(batches.computeIfAbsent(ruleSet, r -> new Batch(new ArrayList<>(), WhatIf.parameters(r, overrides))),
                    contact, field, ruleSet);
        }
        return batches;
    }

    private static void add(Batch batch, Contact contact, String field, RuleSet ruleSet) {
        if (batch.parameters.weights().find(contact.groupCode()).isEmpty()) {
            throw new InvalidRequestException(field + ".groupCode", "group code '" + contact.groupCode()
                    + "' is not in the weight table of " + ruleSet.info().id());
        }
        batch.contacts.add(contact);
    }

    /**
     * Bundles are decided in the rule set of each anchor's date, over the whole pathway in date order. The rule sets
     * take their turn by date, and a contact an earlier one's episode covers is not covered again: within one rule
     * set as across them, a contact counts toward the earliest episode whose window holds it, and toward no other.
     */
    private Map<String, PricedContact> bundled(Pathway pathway, Map<RuleSet, Batch> batches,
                                               Map<String, PricedContact> perContact, boolean chosenByDate) {
        List<Contact> byDate = pathway.contacts().stream().sorted(Comparator.comparing(Contact::date)).toList();
        Map<String, BigDecimal> values = new HashMap<>();
        perContact.forEach((id, line) -> values.put(id, line.amount().kroner()));
        List<ContactLines.Tagged> outcomes = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        List<Map.Entry<RuleSet, Batch>> inTurn = batches.entrySet().stream().sorted(Comparator.comparing(
                e -> e.getValue().contacts.stream().map(Contact::date).min(Comparator.naturalOrder()).orElseThrow()))
                .toList();
        for (Map.Entry<RuleSet, Batch> entry : inTurn) {
            Set<String> anchorable = new LinkedHashSet<>();
            entry.getValue().contacts.forEach(c -> anchorable.add(c.id()));
            EpisodeShape shape = EpisodeShape.of(byDate, anchorable, Set.copyOf(covered), values);
            for (RuleOutcome outcome : decisions.episode(entry.getKey(), entry.getValue().parameters, shape)) {
                RuleOutcome placed = placed(outcome, byDate);
                outcomes.add(new ContactLines.Tagged(entry.getKey().info(), placed));
                if (placed instanceof RuleOutcome.Covered) {
                    covered.add(placed.contactId());
                }
            }
        }
        return ContactLines.bundled(byDate, outcomes, perContact, chosenByDate);
    }

    /** A decision about contacts by their place in the episode, about the contacts themselves. */
    private static RuleOutcome placed(RuleOutcome outcome, List<Contact> byDate) {
        String id = byDate.get(Integer.parseInt(outcome.contactId())).id();
        if (outcome instanceof RuleOutcome.Covered covered) {
            return new RuleOutcome.Covered(id, covered.rule(), covered.bundleId(),
                    byDate.get(Integer.parseInt(covered.anchorContactId())).id());
        }
        if (outcome instanceof RuleOutcome.PricedSeparately separately) {
            return new RuleOutcome.PricedSeparately(id, separately.rule(), separately.bundleId(),
                    byDate.get(Integer.parseInt(separately.anchorContactId())).id(), separately.reason());
        }
        if (outcome instanceof RuleOutcome.QualityReduced quality) {
            return new RuleOutcome.QualityReduced(id, quality.rule(), quality.bundleId(), quality.reduction(),
                    byDate.get(Integer.parseInt(quality.eventContactId())).id(), quality.eventGroupCode());
        }
        return outcome.about(id);
    }
}
