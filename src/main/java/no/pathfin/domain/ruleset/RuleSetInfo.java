package no.pathfin.domain.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * What identifies a rule set: its id, what it is, when it applies, how binding it is, where its figures come
 * from, and a SHA-256 hash of its content (every file it is built from), so any amount can be traced to the exact
 * rules and parameters that produced it.
 */
public record RuleSetInfo(
        String id, String title, String description, Validity validity, RuleSetStatus status,
        List<String> sources, String contentHash, String base, java.util.Map<String, String> origins) {

    /**
     * @param base    the rule set this one extends, or null
     * @param origins for each parameter path (e.g. {@code tariffs.somatic.isfShare}, {@code weights.ORT-CONTROL},
     *                {@code bundles.hip-replacement-bundle}, {@code rules.phone.drl}), the rule set that set it
     */
    public RuleSetInfo {
        origins = origins == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(origins));
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contentHash, "contentHash");
        sources = List.copyOf(sources);
    }
}
