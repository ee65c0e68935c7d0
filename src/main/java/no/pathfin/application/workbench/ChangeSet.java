package no.pathfin.application.workbench;

import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterDifference;
import no.pathfin.domain.ruleset.Parameters;

/**
 * What differs between a baseline and a candidate, as items that can be switched on one by one: each changed
 * parameter, "other parameter changes" that cannot be separated, and "rules" when the DRL differs. A bit mask of
 * items gives the rules and parameters of that mix, for attribution.
 */
public final class ChangeSet {

    final RuleSet baseline;
    final RuleSet candidate;
    final Parameters baseParameters;
    final Parameters candidateParameters;
    private final List<String> items = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<ParameterDifference> changes;
    private final int otherBit;
    private final int rulesBit;

    public ChangeSet(RuleSet baseline, RuleSet candidate, Parameters candidateParameters) {
        this.baseline = baseline;
        this.candidate = candidate;
        this.baseParameters = baseline.parameters();
        this.candidateParameters = candidateParameters;
        this.changes = ParameterDifference.between(baseParameters, candidateParameters);
        changes.forEach(c -> {
            items.add(c.path().toString());
            descriptions.add(c.description());
        });
        List<String> others = ParameterDifference.others(baseParameters, candidateParameters);
        otherBit = others.isEmpty() ? -1 : items.size();
        if (otherBit >= 0) {
            items.add("other parameter changes");
            descriptions.add(String.join("; ", others));
        }
        boolean rulesDiffer = !baseline.rulesHash().equals(candidate.rulesHash());
        rulesBit = rulesDiffer ? items.size() : -1;
        if (rulesDiffer) {
            items.add("rules");
            descriptions.add("the DRL of " + candidate.info().id() + " differs from " + baseline.info().id());
        }
    }

    /** The changed items, in order: each parameter's path, then "other parameter changes", then "rules". */
    public List<String> items() {
        return List.copyOf(items);
    }

    /** What each item changes, e.g. {@code 0.40 → 0.30}. */
    public List<String> descriptions() {
        return List.copyOf(descriptions);
    }

    public RuleSet rules(long mask) {
        return rulesBit >= 0 && (mask & (1L << rulesBit)) != 0 ? candidate : baseline;
    }

    /** Baseline values with the changes in the mask applied; or, with "other" on, the candidate with the rest reverted. */
    public Parameters parameters(long mask) {
        boolean other = otherBit >= 0 && (mask & (1L << otherBit)) != 0;
        ParameterChanges overrides = ParameterChanges.NONE;
        for (int i = 0; i < changes.size(); i++) {
            boolean on = (mask & (1L << i)) != 0;
            if (other != on) {
                overrides = overrides.plus(on ? changes.get(i).toCandidate() : changes.get(i).toBaseline());
            }
        }
        return other ? overrides.applyTo(candidateParameters, "candidate") : overrides.applyTo(baseParameters, "baseline");
    }
}
