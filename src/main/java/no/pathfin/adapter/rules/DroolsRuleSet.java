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
import no.pathfin.domain.BundleDefinition;
import no.pathfin.domain.Contact;
import no.pathfin.domain.CostWeight;
import no.pathfin.domain.Parameters;
import no.pathfin.domain.RuleOutcome;
import no.pathfin.domain.RuleSetInfo;
import no.pathfin.domain.Setting;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A rule set compiled once into a KieBase. Every call opens one session for the whole batch of contacts,
 * inserts the parameters as facts (so what-if parameters need no recompilation), fires, and collects outcomes.
 */
final class DroolsRuleSet implements RuleSet {

    private final RuleSetInfo info;
    private final Parameters parameters;
    private final KieBase kieBase;
    private final String rulesHash;

    DroolsRuleSet(RuleSetInfo info, Parameters parameters, KieBase kieBase, String rulesHash) {
        this.info = info;
        this.parameters = parameters;
        this.kieBase = kieBase;
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

    @Override
    public List<RuleOutcome> assessContacts(List<Contact> contacts, Parameters parameters) {
        KieSession session = kieBase.newKieSession();
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

    @Override
    public List<RuleOutcome> assessBundles(List<Contact> contacts, Set<String> anchorable,
                                           Map<String, BigDecimal> perContactValues, Parameters parameters) {
        if (parameters.bundles().isEmpty()) {
            return List.of();
        }
        KieSession session = kieBase.newKieSession();
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
