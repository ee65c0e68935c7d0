package no.pathfin.adapter.activity;

import static no.pathfin.adapter.activity.ActivityFormat.AMBULANT;
import static no.pathfin.adapter.activity.ActivityFormat.DOCUMENTED;
import static no.pathfin.adapter.activity.ActivityFormat.KIND;
import static no.pathfin.adapter.activity.ActivityFormat.MODE;
import static no.pathfin.adapter.activity.ActivityFormat.PERFORMER;
import static no.pathfin.adapter.activity.ActivityFormat.PERSONNEL;
import static no.pathfin.adapter.activity.ActivityFormat.REPLACES;
import static no.pathfin.adapter.activity.ActivityFormat.SETTING;

import java.nio.charset.StandardCharsets;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;

/**
 * The coded columns of an activity row as bytes, one whole number for each combination of a row's codes and flags
 * with its group, and what a row whose codes cannot be read is told.
 */
final class RowCodes {

    static final byte[][] KINDS = ActivityFormat.codes(ContactKind.class);
    static final byte[][] MODES = ActivityFormat.codes(ContactMode.class);
    static final byte[][] SETTINGS = ActivityFormat.codes(Setting.class);
    static final byte[][] PERSONNEL_CODES = ActivityFormat.codes(PersonnelGroup.class);
    static final byte[][] PERFORMERS = ActivityFormat.codes(Performer.class);
    /** Distinct combinations of the enum and boolean attributes of a profile. */
    private static final int COMBINATIONS = KINDS.length * MODES.length * SETTINGS.length * 2 * PERSONNEL_CODES.length
            * PERFORMERS.length * 2 * 2;

    private RowCodes() {
    }

    /** One number for the codes, flags and group of a row: the same row shape gives the same number. */
    static int combination(int kind, int mode, int setting, int ambulant, int personnel, int performer, int replaces,
                           int documented, int group) {
        return (((((((kind * MODES.length + mode) * SETTINGS.length + setting) * 2 + ambulant)
                * PERSONNEL_CODES.length + personnel) * PERFORMERS.length + performer) * 2 + replaces) * 2 + documented)
                + COMBINATIONS * group;
    }

    /** What is wrong with the first code or flag that could not be read (the one given as -1). */
    static String problem(RowFields fields, byte[] b, int kind, int mode, int setting, int personnel, int performer,
                          int ambulant, int replaces) {
        if (kind < 0) {
            return unknown(fields, b, KIND, "kind", KINDS);
        } else if (mode < 0) {
            return unknown(fields, b, MODE, "mode", MODES);
        } else if (setting < 0) {
            return unknown(fields, b, SETTING, "setting", SETTINGS);
        } else if (personnel < 0) {
            return unknown(fields, b, PERSONNEL, "personnel", PERSONNEL_CODES);
        } else if (performer < 0) {
            return unknown(fields, b, PERFORMER, "performer", PERFORMERS);
        }
        int field = ambulant < 0 ? AMBULANT : replaces < 0 ? REPLACES : DOCUMENTED;
        return ActivityFormat.COLUMNS.get(field) + " '" + fields.text(b, field) + "' is not true, false, 1 or 0";
    }

    private static String unknown(RowFields fields, byte[] b, int field, String name, byte[][] codes) {
        StringBuilder known = new StringBuilder();
        for (byte[] code : codes) {
            known.append(known.length() == 0 ? "" : ", ").append(new String(code, StandardCharsets.US_ASCII));
        }
        return name + " '" + fields.text(b, field) + "' is not one of " + known;
    }
}
