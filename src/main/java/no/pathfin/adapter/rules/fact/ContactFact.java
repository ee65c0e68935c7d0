package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;
import no.pathfin.domain.Contact;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.CostWeight;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;

/** A contact as the rules see it: its attributes, its cost weight, and its place in the pathway. */
public final class ContactFact {

    private final Contact contact;
    private final CostWeight weight;
    private final int sequence;
    private final boolean anchorable;
    private final BigDecimal perContactValue;

    public ContactFact(Contact contact, CostWeight weight, int sequence, boolean anchorable, BigDecimal perContactValue) {
        this.contact = contact;
        this.weight = weight;
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

    public ContactMode getMode() {
        return contact.mode();
    }

    public Setting getSetting() {
        return contact.setting();
    }

    public boolean isAmbulant() {
        return contact.ambulant();
    }

    public PersonnelGroup getPersonnel() {
        return contact.personnel();
    }

    public Performer getPerformer() {
        return contact.performer();
    }

    public String getGroupCode() {
        return contact.groupCode();
    }

    public String getProcedureCode() {
        return contact.procedureCode() == null ? "" : contact.procedureCode();
    }

    public boolean isReplacesPlannedVisit() {
        return contact.replacesPlannedVisit();
    }

    public boolean isDocumented() {
        return contact.documented();
    }

    public CostWeight getCostWeight() {
        return weight;
    }

    /** Whether this contact may anchor a bundle in the session's rule set (its date falls in that rule set). */
    public boolean isAnchorable() {
        return anchorable;
    }

    /** The contact's per-contact ISF revenue, known when bundles are assessed; zero before. */
    public BigDecimal getPerContactValue() {
        return perContactValue;
    }
}
