package no.pathfin.application.port;

import java.util.List;
import java.util.Optional;

/** Every rule set pathfin knows, each built once. */
public interface RuleSets {

    List<RuleSet> all();

    /** The rule sets as they are now, unchanged by any later reload: a request works on one snapshot throughout. */
    default RuleSets snapshot() {
        return this;
    }

    default Optional<RuleSet> byId(String id) {
        return all().stream().filter(r -> r.info().id().equals(id)).findFirst();
    }
}
