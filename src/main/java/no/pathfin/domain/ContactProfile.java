package no.pathfin.domain;

import java.util.Objects;

/**
 * Everything about a contact that the per-contact ISF rules may read: two contacts with the same profile earn the
 * same under the same rule set and parameters. Date, ids, procedure code, hospital and pathway are not part of it
 * (the date only chooses the rule set; the procedure code only matters to bundles).
 */
public record ContactProfile(ContactKind kind, ContactMode mode, Setting setting, boolean ambulant,
                             PersonnelGroup personnel, Performer performer, String groupCode,
                             boolean replacesPlannedVisit, boolean documented) {

    public ContactProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(personnel, "personnel");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(groupCode, "groupCode");
    }
}
