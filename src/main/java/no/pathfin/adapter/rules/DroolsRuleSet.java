package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.adapter.rules.fact.BundleFact;
import no.pathfin.adapter.rules.fact.ContactFact;
import no.pathfin.adapter.rules.fact.EpisodeContact;
import no.pathfin.adapter.rules.fact.OutcomeSource;
import no.pathfin.adapter.rules.fact.TariffFact;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.RuleSetInfo;
import org.kie.api.runtime.KieSession;

/**
 * A rule set compiled once into a KieBase. Every call opens one session for the whole batch of contacts,
 * inserts the parameters as facts (so what-if parameters need no recompilation), fires, and collects outcomes.
 */
final class DroolsRuleSet implements RuleSet {

    private final RuleSetInfo info;
    private final Parameters parameters;
    private final RuleBases.Compiled rules;
    private final String rulesHash;

    DroolsRuleSet(RuleSetInfo info, Parameters parameters, RuleBases.Compiled rules, String rulesHash) {
        this.info = info;
        this.parameters = parameters;
        this.rules = rules;
        this.rulesHash = rulesHash;
    }

    @Override
    public String rulesHash() {
        return rulesHash;
    }

    @Override
    public RuleSetInfo info() {
        return info;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    /**
     * Per-contact decisions under the rule set's own parameters, by contact profile. Exact, because the per-contact
     * rules see nothing of a contact but its profile (see {@link ContactFact}); bounded, because it is emptied when
     * it holds {@link #MEMO_LIMIT} profiles. What-if parameters are never memoised.
     */
    private final java.util.concurrent.ConcurrentHashMap<no.pathfin.domain.pathway.ContactProfile, List<RuleOutcome>> memo =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int MEMO_LIMIT = 50_000;
    static final boolean MEMO = !"false".equals(System.getProperty("pathfin.memo"));

    @Override
    public List<RuleOutcome> assessContacts(List<Contact> contacts, Parameters parameters) {
        if (!MEMO || parameters != this.parameters) {
            return assess(contacts, parameters);
        }
        Map<no.pathfin.domain.pathway.ContactProfile, Contact> missing = new java.util.LinkedHashMap<>();
        for (Contact contact : contacts) {
            if (!memo.containsKey(contact.profile())) {
                missing.putIfAbsent(contact.profile(), contact);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, List<RuleOutcome>> decided = new java.util.HashMap<>();
            for (RuleOutcome outcome : assess(List.copyOf(missing.values()), parameters)) {
                decided.computeIfAbsent(outcome.contactId(), k -> new ArrayList<>()).add(outcome);
            }
            if (memo.size() + missing.size() > MEMO_LIMIT) {
                memo.clear();
            }
            missing.forEach((profile, contact) -> memo.put(profile, List.copyOf(decided.getOrDefault(contact.id(), List.of()))));
        }
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Contact contact : contacts) {
            List<RuleOutcome> known = memo.get(contact.profile());
            if (known == null) {
                return assess(contacts, parameters);
            }
            for (RuleOutcome outcome : known) {
                outcomes.add(outcome.about(contact.id()));
            }
        }
        return outcomes;
    }

    private List<RuleOutcome> assess(List<Contact> contacts, Parameters parameters) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            for (Setting setting : Setting.values()) {
                session.insert(new TariffFact(info.id(), setting, parameters.tariff(setting)));
            }
            for (Contact contact : contacts) {
                session.insert(new ContactFact(contact.id(), contact.profile(), weightOf(contact, parameters)));
            }
            session.fireAllRules();
            return outcomes(session);
        } finally {
            session.dispose();
        }
    }

    /**
     * Bundle decisions under the rule set's own parameters, by episode shape: what the bundle rules can tell apart
     * (each contact's kind, setting, group and procedure code, its day counted from the first, whether it may anchor, and its
     * per-contact value, in order). Decisions are kept by position and given back with the contacts' own ids.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, List<RuleOutcome>> episodes =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<RuleOutcome> assessBundles(List<Contact> contacts, Set<String> anchorable,
                                           Map<String, BigDecimal> perContactValues, Parameters parameters) {
        if (parameters.bundles().isEmpty()) {
            return List.of();
        }
        if (!MEMO || parameters != this.parameters) {
            return bundles(contacts, anchorable, perContactValues, parameters);
        }
        StringBuilder shape = new StringBuilder();
        Map<String, String> byPosition = new java.util.HashMap<>();
        Map<String, String> toPosition = new java.util.HashMap<>();
        long first = contacts.get(0).date().toEpochDay();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            shape.append(c.kind()).append('|').append(c.setting()).append('|').append(c.groupCode()).append('|').append(c.procedureCode()).append('|')
                    .append(c.date().toEpochDay() - first).append('|').append(anchorable.contains(c.id())).append('|')
                    .append(perContactValues.getOrDefault(c.id(), BigDecimal.ZERO).toPlainString()).append(';');
            byPosition.put("#" + i, c.id());
            toPosition.put(c.id(), "#" + i);
        }
        List<RuleOutcome> known = episodes.get(shape.toString());
        if (known == null) {
            List<RuleOutcome> fresh = bundles(contacts, anchorable, perContactValues, parameters);
            if (episodes.size() >= MEMO_LIMIT) {
                episodes.clear();
            }
            episodes.put(shape.toString(), fresh.stream().map(o -> rekey(o, toPosition)).toList());
            return fresh;
        }
        return known.stream().map(o -> rekey(o, byPosition)).toList();
    }

    private static RuleOutcome rekey(RuleOutcome outcome, Map<String, String> ids) {
        if (outcome instanceof RuleOutcome.Covered covered) {
            return new RuleOutcome.Covered(ids.get(covered.contactId()), covered.rule(), covered.bundleId(),
                    ids.get(covered.anchorContactId()));
        }
        return outcome.about(ids.get(outcome.contactId()));
    }

    private List<RuleOutcome> bundles(List<Contact> contacts, Set<String> anchorable,
                                      Map<String, BigDecimal> perContactValues, Parameters parameters) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            for (BundleDefinition bundle : parameters.bundles()) {
                session.insert(new BundleFact(bundle));
            }
            int sequence = 0;
            for (Contact contact : contacts) {
                BigDecimal value = perContactValues.getOrDefault(contact.id(), BigDecimal.ZERO);
                session.insert(new EpisodeContact(contact, sequence++, anchorable.contains(contact.id()), value));
            }
            session.fireAllRules();
            return outcomes(session);
        } finally {
            session.dispose();
        }
    }

    private static CostWeight weightOf(Contact contact, Parameters parameters) {
        return parameters.weights().find(contact.groupCode()).orElseThrow(() -> new IllegalArgumentException(
                "group code " + contact.groupCode() + " of contact " + contact.id() + " is not in the weight table"));
    }

    private static List<RuleOutcome> outcomes(KieSession session) {
        Collection<?> objects = session.getObjects(o -> o instanceof RuleOutcome || o instanceof OutcomeSource);
        List<RuleOutcome> outcomes = new ArrayList<>(objects.size());
        for (Object object : objects) {
            outcomes.add(object instanceof OutcomeSource source ? source.outcome() : (RuleOutcome) object);
        }
        return outcomes;
    }
}
