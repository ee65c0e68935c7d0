package no.pathfin.application.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.ruleset.BundleDefinition;

/**
 * The dictionaries shared by the reader threads: hospitals and profiles numbered on first sight. A profile whose
 * group code some rule set does not know is refused; bundle triggers are those of the bundle scenarios' rule sets.
 */
final class ActivityVocabulary implements ActivitySource.Dictionaries {

    final Dictionary<String> hospitals = new Dictionary<>();
    final Dictionary<ContactProfile> profiles = new Dictionary<>();
    private final List<RuleSet> ruleSets;
    private final List<BundleDefinition> bundles;
    private final Map<String, String> refusedGroups = new ConcurrentHashMap<>();

    /** Hospitals are counted by their patients' age group and sex too (a projection's demographic cells). */
    private final boolean byAgeAndSex;

    ActivityVocabulary(List<RuleSet> ruleSets, List<RuleSet> bundleRuleSets) {
        this(ruleSets, bundleRuleSets, false);
    }

    ActivityVocabulary(List<RuleSet> ruleSets, List<RuleSet> bundleRuleSets, boolean byAgeAndSex) {
        this.byAgeAndSex = byAgeAndSex;
        this.ruleSets = ruleSets;
        this.bundles = bundleRuleSets.stream().flatMap(r -> r.parameters().bundles().stream()).toList();
    }

    @Override
    public int hospital(String name) {
        return hospitals.id(name);
    }

    @Override
    public boolean byAgeAndSex() {
        return byAgeAndSex;
    }

    @Override
    public int hospital(String name, String ageGroup, String sex) {
        return byAgeAndSex ? hospitals.id(name + SEPARATOR + ageGroup + SEPARATOR + sex) : hospitals.id(name);
    }

    /** Between a hospital's name, age group and sex in the name of a demographic cell. */
    static final char SEPARATOR = '\u001F';

    @Override
    public int profile(ContactProfile profile) {
        String refusal = refusedGroups.computeIfAbsent(profile.groupCode(), this::refusal);
        if (!refusal.isEmpty()) {
            throw new IllegalArgumentException(refusal);
        }
        return profiles.id(profile);
    }

    @Override
    public boolean bundles() {
        return !bundles.isEmpty();
    }

    @Override
    public boolean bundleTrigger(String groupCode, String procedureCode) {
        return bundles.stream().anyMatch(b -> (groupCode != null && b.triggerGroupCodes().contains(groupCode))
                || (procedureCode != null && b.triggerProcedureCodes().contains(procedureCode)));
    }

    private String refusal(String groupCode) {
        for (RuleSet ruleSet : ruleSets) {
            if (ruleSet.parameters().weights().find(groupCode).isEmpty()) {
                return "group code '" + groupCode + "' is not in the weight table of " + ruleSet.info().id();
            }
        }
        return "";
    }
}
