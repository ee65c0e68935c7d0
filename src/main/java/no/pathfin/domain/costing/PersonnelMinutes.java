package no.pathfin.domain.costing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * Minutes one personnel group spends on one contact of a kind and mode.
 *
 * @param mode      the contact mode, or null for any mode (a row for the contact's own mode wins over it)
 * @param personnel the group, or null for the contact's own personnel group
 */
public record PersonnelMinutes(ContactKind kind, ContactMode mode, PersonnelGroup personnel, BigDecimal minutes,
                               String source) {

    /** The minutes a contact takes, by group, from the rows for its kind and its own mode (or any mode). */
    static Map<PersonnelGroup, BigDecimal> of(List<PersonnelMinutes> rows, ContactProfile contact) {
        boolean ownMode = rows.stream().anyMatch(r -> r.kind == contact.kind() && r.mode == contact.mode());
        Map<PersonnelGroup, BigDecimal> minutes = new EnumMap<>(PersonnelGroup.class);
        for (PersonnelMinutes row : rows) {
            if (row.kind == contact.kind() && (ownMode ? row.mode == contact.mode() : row.mode == null)) {
                minutes.merge(row.personnel == null ? contact.personnel() : row.personnel, row.minutes, BigDecimal::add);
            }
        }
        return minutes;
    }
}
