package no.pathfin.adapter.rules.fact;

import java.util.Set;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.PeriodDefinition;

/** A period payment's definition as the rules see it. */
public final class PeriodFact {

    private final PeriodDefinition definition;

    public PeriodFact(PeriodDefinition definition) {
        this.definition = definition;
    }

    public PeriodDefinition getDefinition() {
        return definition;
    }

    public String getId() {
        return definition.id();
    }

    public Set<String> getGroupCodes() {
        return definition.groupCodes();
    }

    public Setting getSetting() {
        return definition.setting();
    }
}
