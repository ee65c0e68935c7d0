package no.pathfin.domain.pathway;

import java.util.Objects;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;

/**
 * Everything about a contact that the per-contact ISF rules may read: two contacts with the same profile earn the
 * same under the same rule set and parameters. Date, ids, procedure code, hospital and pathway are not part of it
 * (the date only chooses the rule set; the procedure code only matters to bundles).
 */
public record ContactProfile(ContactKind kind, ContactMode mode, Setting setting, boolean ambulant,
                             PersonnelGroup personnel, Performer performer, String groupCode,
                             boolean replacesPlannedVisit, boolean documented) {

    /** A contact with exactly this profile, on a date, with a procedure code (or null). */
    public Contact contact(String id, java.time.LocalDate date, String procedureCode) {
        return new Contact(id, date, kind, mode, setting, ambulant, personnel, performer, groupCode, procedureCode,
                replacesPlannedVisit, documented);
    }

    public ContactProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(personnel, "personnel");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(groupCode, "groupCode");
    }
}
