package no.pathfin.domain;

import java.util.List;
import java.util.Objects;

/**
 * What identifies a rule set: its id, what it is, when it applies, how binding it is, where its figures come
 * from, and a SHA-256 hash of its content (every file it is built from), so any amount can be traced to the exact
 * rules and parameters that produced it.
 */
public record RuleSetInfo(
        String id, String title, String description, Validity validity, RuleSetStatus status,
        List<String> sources, String contentHash) {

    public RuleSetInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contentHash, "contentHash");
        sources = List.copyOf(sources);
    }
}
