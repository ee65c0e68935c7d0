package no.pathfin.domain.pathway;

import java.time.LocalDate;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;

/**
 * A contact as a request, a fixture file or an activity file states it: codes as text, and fields that may be left
 * out. The one place where what is left out is decided: performed by the hospital, not ambulant, not replacing a
 * planned visit, documented like a visit.
 */
public record ContactInput(String id, LocalDate date, String kind, String mode, String setting, Boolean ambulant,
                           String personnel, String performer, String groupCode, String procedureCode,
                           Boolean replacesPlannedVisit, Boolean documented) {

    public static final Performer DEFAULT_PERFORMER = Performer.HOSPITAL;
    public static final boolean DEFAULT_AMBULANT = false;
    public static final boolean DEFAULT_REPLACES_PLANNED_VISIT = false;
    public static final boolean DEFAULT_DOCUMENTED = true;

    /** The contact; a code that cannot be read names its field ({@code kind}, …), any other fault none. */
    public Contact toContact() {
        ContactKind k = code("kind", ContactKind.class, kind);
        ContactMode m = code("mode", ContactMode.class, mode);
        Setting s = code("setting", Setting.class, setting);
        PersonnelGroup p = code("personnel", PersonnelGroup.class, personnel);
        Performer by = performer == null ? DEFAULT_PERFORMER : code("performer", Performer.class, performer);
        try {
            return new Contact(id, date, k, m, s, ambulant == null ? DEFAULT_AMBULANT : ambulant, p, by, groupCode,
                    procedureCode, replacesPlannedVisit == null ? DEFAULT_REPLACES_PLANNED_VISIT : replacesPlannedVisit,
                    documented == null ? DEFAULT_DOCUMENTED : documented);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue(null, String.valueOf(e.getMessage()));
        }
    }

    private static <E extends Enum<E>> E code(String field, Class<E> type, String value) {
        try {
            return Codes.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, e.getMessage());
        }
    }
}
