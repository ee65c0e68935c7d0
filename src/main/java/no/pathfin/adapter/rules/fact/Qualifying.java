package no.pathfin.adapter.rules.fact;

import no.pathfin.domain.Setting;

/** A contact that qualifies for a period payment, and the period (of that payment's length) it falls in. */
public final class Qualifying {

    private final PeriodFact payment;
    private final PeriodContact contact;

    public Qualifying(PeriodFact payment, PeriodContact contact) {
        this.payment = payment;
        this.contact = contact;
    }

    public PeriodFact getPayment() {
        return payment;
    }

    public String getPeriodId() {
        return payment.getId();
    }

    public Setting getSetting() {
        return payment.getSetting();
    }

    /** The period's number, counted from year 0 ({@code month / periodMonths}). */
    public int getPeriod() {
        return payment.getDefinition().periodOf(contact.getMonth());
    }

    /** The period as people read it. */
    public String getPeriodLabel() {
        return payment.getDefinition().label(getPeriod());
    }

    public String getContactId() {
        return contact.getId();
    }

    public int getSequence() {
        return contact.getSequence();
    }
}
