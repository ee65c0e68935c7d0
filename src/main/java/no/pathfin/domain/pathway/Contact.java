package no.pathfin.domain.pathway;

import java.time.LocalDate;
import java.util.Objects;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;

/**
 * One contact between a patient and the specialist health service.
 *
 * @param groupCode            the DRG / patient-group code whose cost weight the contact carries
 * @param procedureCode        an NCSP procedure code, or null (bundles may be triggered by it)
 * @param replacesPlannedVisit for phone contacts: it replaced a planned in-person or video consultation
 * @param documented           it was documented in the patient record like a visit
 */
public record Contact(
        String id,
        LocalDate date,
        ContactKind kind,
        ContactMode mode,
        Setting setting,
        boolean ambulant,
        PersonnelGroup personnel,
        Performer performer,
        String groupCode,
        String procedureCode,
        boolean replacesPlannedVisit,
        boolean documented) {

    public Contact {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a contact needs an id");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(personnel, "personnel");
        Objects.requireNonNull(performer, "performer");
        if (groupCode == null || groupCode.isBlank()) {
            throw new IllegalArgumentException("contact " + id + " needs a group code");
        }
    }

    /** What the per-contact rules may read of this contact. */
    public ContactProfile profile() {
        return new ContactProfile(kind, mode, setting, ambulant, personnel, performer, groupCode, replacesPlannedVisit,
                documented);
    }
}
