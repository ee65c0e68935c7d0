package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.EpisodeShape;

/**
 * A contact as the bundle rules see it: its place in the episode and its {@link EpisodeShape.Step}. Nothing else
 * (no date, no id from outside) is visible to those rules, so episodes of the same shape are decided alike by
 * construction, which is what makes keeping bundle decisions by shape exact.
 */
public final class EpisodeContact {

    private final int sequence;
    private final EpisodeShape.Step step;

    public EpisodeContact(int sequence, EpisodeShape.Step step) {
        this.sequence = sequence;
        this.step = step;
    }

    /** The contact's place in the episode, as text: decisions name contacts by it. */
    public String getId() {
        return String.valueOf(sequence);
    }

    /** The day, counted from the episode's first contact. */
    public long getEpochDay() {
        return step.day();
    }

    /** Position in the pathway (by date, then as listed); breaks ties between contacts on the same day. */
    public int getSequence() {
        return sequence;
    }

    public ContactKind getKind() {
        return step.kind();
    }

    public Setting getSetting() {
        return step.setting();
    }

    public String getGroupCode() {
        return step.groupCode();
    }

    public String getProcedureCode() {
        return step.procedureCode() == null ? "" : step.procedureCode();
    }

    /** Whether this contact may anchor a bundle in the session's rule set (its date falls in that rule set). */
    public boolean isAnchorable() {
        return step.anchorable();
    }

    /** Whether an episode anchored under an earlier rule set covers this contact already. */
    public boolean isCoveredEarlier() {
        return step.coveredEarlier();
    }

    /** The contact's per-contact ISF revenue. */
    public BigDecimal getPerContactValue() {
        return step.perContactValue();
    }
}
