package no.pathfin.adapter.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.pathfin.adapter.rules.fact.BundleFact;
import no.pathfin.adapter.rules.fact.ContactFact;
import no.pathfin.adapter.rules.fact.EpisodeContact;
import no.pathfin.adapter.rules.fact.OutcomeSource;
import no.pathfin.adapter.rules.fact.PeriodContact;
import no.pathfin.adapter.rules.fact.PeriodFact;
import no.pathfin.adapter.rules.fact.TariffFact;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.Setting;
import no.pathfin.domain.costing.CostModel;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.EpisodeShape;
import no.pathfin.domain.pricing.PeriodShape;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.PeriodDefinition;
import no.pathfin.domain.ruleset.RuleSetInfo;
import org.kie.api.runtime.KieSession;

/**
 * A rule set over its compiled rules. Every call opens one session for the whole batch, inserts the parameters as
 * facts (so what-if parameters need no recompilation), fires, and collects the decisions the rules recorded.
 */
final class DroolsRuleSet implements RuleSet {

    private final RuleSetInfo info;
    private final Parameters parameters;
    private final CostModel costs;
    private final RuleBases.Compiled rules;
    private final String rulesHash;

    DroolsRuleSet(RuleSetInfo info, Parameters parameters, CostModel costs, RuleBases.Compiled rules,
                  String rulesHash) {
        this.info = info;
        this.parameters = parameters;
        this.costs = costs;
        this.rules = rules;
        this.rulesHash = rulesHash;
    }

    @Override
    public CostModel costs() {
        return costs;
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
    public List<List<RuleOutcome>> decide(List<ContactProfile> profiles, Parameters parameters) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            for (Setting setting : Setting.values()) {
                session.insert(new TariffFact(info.id(), setting, parameters.tariff(setting)));
            }
            for (int i = 0; i < profiles.size(); i++) {
                session.insert(new ContactFact(String.valueOf(i), profiles.get(i), weightOf(profiles.get(i), parameters)));
            }
            session.fireAllRules();
            List<List<RuleOutcome>> decided = new ArrayList<>();
            profiles.forEach(p -> decided.add(new ArrayList<>()));
            for (RuleOutcome outcome : outcomes(session)) {
                decided.get(Integer.parseInt(outcome.contactId())).add(outcome);
            }
            return decided;
        } finally {
            session.dispose();
        }
    }

    @Override
    public List<RuleOutcome> decide(EpisodeShape episode, Parameters parameters) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            for (BundleDefinition bundle : parameters.bundles()) {
                session.insert(new BundleFact(bundle));
            }
            for (int i = 0; i < episode.steps().size(); i++) {
                session.insert(new EpisodeContact(i, episode.steps().get(i)));
            }
            session.fireAllRules();
            return outcomes(session);
        } finally {
            session.dispose();
        }
    }

    @Override
    public List<RuleOutcome> decide(PeriodShape contacts, Parameters parameters) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            for (Setting setting : Setting.values()) {
                session.insert(new TariffFact(info.id(), setting, parameters.tariff(setting)));
            }
            for (PeriodDefinition period : parameters.periods()) {
                session.insert(new PeriodFact(period));
            }
            for (int i = 0; i < contacts.steps().size(); i++) {
                session.insert(new PeriodContact(i, contacts.steps().get(i)));
            }
            session.fireAllRules();
            return outcomes(session);
        } finally {
            session.dispose();
        }
    }

    private static CostWeight weightOf(ContactProfile profile, Parameters parameters) {
        return parameters.weights().find(profile.groupCode()).orElseThrow(() -> new IllegalArgumentException(
                "group code " + profile.groupCode() + " is not in the weight table"));
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
