package no.pathfin.application.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.EpisodeShape;
import no.pathfin.domain.pricing.PeriodShape;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.Parameters;

/**
 * The rules' decisions, kept by everything they depend on: the rule set that decided (its content hash), the
 * parameters it decided under (their hash: the rule set's own, or changed) and the contact's profile, the episode's
 * shape or the pathway's period shape. Exact, because the rules see nothing of a contact but its profile and nothing
 * of an episode or of a pathway's periods but its shape; the keys are values, so nothing written in a code can make two of them alike. Bounded: emptied when it
 * holds its limit. One for every use case; off with a limit of 0.
 */
public final class DecisionCache {

    /** Profiles decided per rules session. */
    private static final int SESSION_BATCH = 5_000;

    private record ContactKey(String ruleSet, String parameters, ContactProfile profile) {
    }

    private record EpisodeKey(String ruleSet, String parameters, EpisodeShape shape) {
    }

    private record PeriodKey(String ruleSet, String parameters, PeriodShape shape) {
    }

    private final int limit;
    private final Map<ContactKey, List<RuleOutcome>> contacts = new ConcurrentHashMap<>();
    private final Map<EpisodeKey, List<RuleOutcome>> episodes = new ConcurrentHashMap<>();
    private final Map<PeriodKey, List<RuleOutcome>> periods = new ConcurrentHashMap<>();

    private DecisionCache(int limit) {
        this.limit = limit;
    }

    /** Keeps up to {@code limit} decisions of each kind. */
    public static DecisionCache bounded(int limit) {
        return new DecisionCache(limit);
    }

    /** Keeps nothing: every decision goes through the rules. */
    public static DecisionCache off() {
        return new DecisionCache(0);
    }

    /**
     * Per-contact decisions for each profile, in order; those not kept are decided together, a session per batch.
     * Each profile's outcomes are about a placeholder contact: give them the contact's id with {@code about}.
     */
    public List<List<RuleOutcome>> contacts(RuleSet ruleSet, Parameters parameters, List<ContactProfile> profiles) {
        String rules = ruleSet.info().contentHash();
        Map<ContactProfile, List<RuleOutcome>> decided = new LinkedHashMap<>();
        List<ContactProfile> missing = new ArrayList<>();
        for (ContactProfile profile : profiles) {
            List<RuleOutcome> known = limit == 0 ? null : contacts.get(new ContactKey(rules, parameters.hash(), profile));
            if (known != null) {
                decided.put(profile, known);
            } else if (!decided.containsKey(profile)) {
                decided.put(profile, null);
                missing.add(profile);
            }
        }
        for (int from = 0; from < missing.size(); from += SESSION_BATCH) {
            List<ContactProfile> batch = missing.subList(from, Math.min(missing.size(), from + SESSION_BATCH));
            List<List<RuleOutcome>> fresh = ruleSet.decide(batch, parameters);
            for (int i = 0; i < batch.size(); i++) {
                List<RuleOutcome> outcomes = List.copyOf(fresh.get(i));
                decided.put(batch.get(i), outcomes);
                keep(contacts, new ContactKey(rules, parameters.hash(), batch.get(i)), outcomes);
            }
        }
        return profiles.stream().map(decided::get).toList();
    }

    /** Bundle decisions for an episode, about its contacts by their place in it ({@code "0"}, {@code "1"}, …). */
    public List<RuleOutcome> episode(RuleSet ruleSet, Parameters parameters, EpisodeShape shape) {
        if (parameters.bundles().isEmpty()) {
            return List.of();
        }
        EpisodeKey key = new EpisodeKey(ruleSet.info().contentHash(), parameters.hash(), shape);
        List<RuleOutcome> known = limit == 0 ? null : episodes.get(key);
        if (known == null) {
            known = List.copyOf(ruleSet.decide(shape, parameters));
            keep(episodes, key, known);
        }
        return known;
    }

    /** Period-payment decisions for a pathway's contacts, about them by their place in date order. */
    public List<RuleOutcome> periods(RuleSet ruleSet, Parameters parameters, PeriodShape shape) {
        if (parameters.periods().isEmpty()) {
            return List.of();
        }
        PeriodKey key = new PeriodKey(ruleSet.info().contentHash(), parameters.hash(), shape);
        List<RuleOutcome> known = limit == 0 ? null : periods.get(key);
        if (known == null) {
            known = List.copyOf(ruleSet.decide(shape, parameters));
            keep(periods, key, known);
        }
        return known;
    }

    private <K> void keep(Map<K, List<RuleOutcome>> kept, K key, List<RuleOutcome> outcomes) {
        if (limit == 0) {
            return;
        }
        if (kept.size() >= limit) {
            kept.clear();
        }
        kept.put(key, outcomes);
    }
}
