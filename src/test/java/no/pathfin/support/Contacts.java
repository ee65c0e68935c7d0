package no.pathfin.support;

import java.time.LocalDate;
import java.util.List;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;

/** A readable way to write contacts in tests: a physician's in-person somatic contact, changed where it matters. */
public final class Contacts {

    private String id = "K1";
    private LocalDate date = LocalDate.of(2024, 3, 1);
    private ContactKind kind = ContactKind.CONTROL;
    private ContactMode mode = ContactMode.IN_PERSON;
    private Setting setting = Setting.SOMATIC;
    private boolean ambulant;
    private PersonnelGroup personnel = PersonnelGroup.PHYSICIAN;
    private Performer performer = Performer.HOSPITAL;
    private String groupCode = "ORT-CONTROL";
    private String procedureCode;
    private boolean replacesPlannedVisit;
    private boolean documented = true;

    public static Contacts contact(String id) {
        Contacts c = new Contacts();
        c.id = id;
        return c;
    }

    public Contacts on(String isoDate) {
        date = LocalDate.parse(isoDate);
        return this;
    }

    public Contacts kind(ContactKind value) {
        kind = value;
        return this;
    }

    public Contacts mode(ContactMode value) {
        mode = value;
        return this;
    }

    public Contacts setting(Setting value) {
        setting = value;
        return this;
    }

    public Contacts ambulant() {
        ambulant = true;
        return this;
    }

    public Contacts by(PersonnelGroup value) {
        personnel = value;
        return this;
    }

    public Contacts performedBy(Performer value) {
        performer = value;
        return this;
    }

    public Contacts group(String value) {
        groupCode = value;
        return this;
    }

    public Contacts procedure(String value) {
        procedureCode = value;
        return this;
    }

    public Contacts replacingAPlannedVisit() {
        replacesPlannedVisit = true;
        return this;
    }

    public Contacts undocumented() {
        documented = false;
        return this;
    }

    public Contact build() {
        return new Contact(id, date, kind, mode, setting, ambulant, personnel, performer, groupCode, procedureCode,
                replacesPlannedVisit, documented);
    }

    public static Pathway pathway(String id, Contacts... contacts) {
        return new Pathway(id, "test", id, "", List.of(java.util.Arrays.stream(contacts).map(Contacts::build)
                .toArray(Contact[]::new)));
    }
}
