package no.pathfin.adapter.rules.fact;

import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.PeriodShape;

/**
 * A contact as the period-payment rules see it: its place in the pathway (by date) and its {@link PeriodShape.Step};
 * nothing else is visible to those rules, so pathways of the same shape are decided alike.
 */
public final class PeriodContact {

    private final int sequence;
    private final PeriodShape.Step step;

    public PeriodContact(int sequence, PeriodShape.Step step) {
        this.sequence = sequence;
        this.step = step;
    }

    /** The contact's place in the pathway, as text: decisions name contacts by it. */
    public String getId() {
        return String.valueOf(sequence);
    }

    /** Position in the pathway (by date, then as listed): the earliest qualifying contact carries the payment. */
    public int getSequence() {
        return sequence;
    }

    public Setting getSetting() {
        return step.setting();
    }

    public String getGroupCode() {
        return step.groupCode();
    }

    /** The calendar month, counted from January of year 0. */
    public int getMonth() {
        return step.month();
    }
}
