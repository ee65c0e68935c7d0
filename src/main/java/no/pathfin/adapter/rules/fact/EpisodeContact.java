package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.pathway.Contact;

/** A contact as the bundle rules see it: where it lies in the pathway, what it is, and what it earned per contact. */
public final class EpisodeContact {

    private final Contact contact;
    private final int sequence;
    private final boolean anchorable;
    private final BigDecimal perContactValue;

    public EpisodeContact(Contact contact, int sequence, boolean anchorable, BigDecimal perContactValue) {
        this.contact = contact;
        this.sequence = sequence;
        this.anchorable = anchorable;
        this.perContactValue = perContactValue;
    }

    public String getId() {
        return contact.id();
    }

    public long getEpochDay() {
        return contact.date().toEpochDay();
    }

    /** Position in the pathway (by date, then as listed); breaks ties between contacts on the same day. */
    public int getSequence() {
        return sequence;
    }

    public ContactKind getKind() {
        return contact.kind();
    }

    public no.pathfin.domain.Setting getSetting() {
        return contact.setting();
    }

    public String getGroupCode() {
        return contact.groupCode();
    }

    public String getProcedureCode() {
        return contact.procedureCode() == null ? "" : contact.procedureCode();
    }

    /** Whether this contact may anchor a bundle in the session's rule set (its date falls in that rule set). */
    public boolean isAnchorable() {
        return anchorable;
    }

    /** The contact's per-contact ISF revenue. */
    public BigDecimal getPerContactValue() {
        return perContactValue;
    }
}
