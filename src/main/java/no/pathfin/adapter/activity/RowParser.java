package no.pathfin.adapter.activity;

import static no.pathfin.adapter.activity.ActivityFormat.AMBULANT;
import static no.pathfin.adapter.activity.ActivityFormat.CONTACT;
import static no.pathfin.adapter.activity.ActivityFormat.DATE;
import static no.pathfin.adapter.activity.ActivityFormat.DOCUMENTED;
import static no.pathfin.adapter.activity.ActivityFormat.GROUP;
import static no.pathfin.adapter.activity.ActivityFormat.HOSPITAL;
import static no.pathfin.adapter.activity.ActivityFormat.KIND;
import static no.pathfin.adapter.activity.ActivityFormat.MODE;
import static no.pathfin.adapter.activity.ActivityFormat.PATHWAY;
import static no.pathfin.adapter.activity.ActivityFormat.PERFORMER;
import static no.pathfin.adapter.activity.ActivityFormat.PERSONNEL;
import static no.pathfin.adapter.activity.ActivityFormat.PROCEDURE;
import static no.pathfin.adapter.activity.ActivityFormat.REPLACES;
import static no.pathfin.adapter.activity.ActivityFormat.SETTING;

import java.util.List;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.domain.pathway.ContactInput;

/**
 * Parses activity rows straight from bytes, for one thread: the line split into its fields ({@link RowFields}), its
 * codes read in place ({@link RowCodes}), and its hospital and profile found in per-thread tables
 * ({@link RowHospitals}, {@link RowProfiles}), so a row allocates nothing; a new value is looked up once in the
 * shared dictionaries. The pathway a row belongs to is followed by {@link PathwayBlocks}, and gathered by
 * {@link PathwayRows} when bundles are priced.
 */
final class RowParser {

    private final ActivitySource.RowHandler handler;
    private final RowFields fields;
    private final RowHospitals hospitals;
    private final RowProfiles profiles;
    /** Which pathway the rows belong to, whether they stand together, and the contact ids each one holds. */
    private final PathwayBlocks blocks;
    /** When bundles are priced: the current pathway's rows, gathered until the pathway ends. */
    private final boolean gather;
    private final PathwayRows pathway = new PathwayRows();

    /**
     * @param demographic the rows carry age_group and sex after the activity columns
     * @param before      the pathway ids of the chunks before this one, when they were read (else none)
     */
    RowParser(ActivitySource.Dictionaries dictionaries, ActivitySource.RowHandler handler, boolean demographic,
              List<ByteSet> before) {
        this.handler = handler;
        this.fields = new RowFields(demographic);
        this.hospitals = new RowHospitals(dictionaries, demographic);
        this.profiles = new RowProfiles(dictionaries);
        this.blocks = new PathwayBlocks(before);
        this.gather = dictionaries.bundles();
    }

    /** Hands over the last gathered pathway; call when the chunk ends. */
    void finish() {
        if (gather) {
            pathway.flush(handler, profiles.byId());
        }
    }

    /** The pathway ids this chunk held, once it was read. */
    ByteSet pathways() {
        return blocks.seen();
    }

    /** Bytes[from, to) are the first {@link ActivityFormat#LONGEST_LINE} of a longer line: a bad row, not read. */
    void tooLong(byte[] b, int from, int to, long line) {
        handler.bad(line, enter(b, from, to) ? blocks.apartReason()
                : "the line is longer than " + ActivityFormat.LONGEST_LINE + " bytes (1 MiB): not read");
    }

    /** Parses bytes[from, to) (a line that is not blank, without its line break) as line {@code line} of its chunk. */
    void row(byte[] b, int from, int to, long line) {
        if (enter(b, from, to)) {
            handler.bad(line, blocks.apartReason());
            return;
        }
        String split = fields.split(b, from, to);
        if (split != null) {
            handler.bad(line, split);
            return;
        }
        if (fields.empty(PATHWAY) || fields.empty(CONTACT) || fields.empty(HOSPITAL) || fields.empty(GROUP)) {
            handler.bad(line, "pathway_id, hospital_id, contact_id and group_code must not be empty");
            return;
        }
        String dateProblem = fields.date(b);
        int kind = fields.code(b, KIND, RowCodes.KINDS, -1);
        int mode = fields.code(b, MODE, RowCodes.MODES, -1);
        int setting = fields.code(b, SETTING, RowCodes.SETTINGS, -1);
        int personnel = fields.code(b, PERSONNEL, RowCodes.PERSONNEL_CODES, -1);
        int performer = fields.code(b, PERFORMER, RowCodes.PERFORMERS, ContactInput.DEFAULT_PERFORMER.ordinal());
        int ambulant = fields.flag(b, AMBULANT, ContactInput.DEFAULT_AMBULANT ? 1 : 0);
        int replaces = fields.flag(b, REPLACES, ContactInput.DEFAULT_REPLACES_PLANNED_VISIT ? 1 : 0);
        int documented = fields.flag(b, DOCUMENTED, ContactInput.DEFAULT_DOCUMENTED ? 1 : 0);
        if (dateProblem != null || kind < 0 || mode < 0 || setting < 0 || personnel < 0 || performer < 0
                || ambulant < 0 || replaces < 0 || documented < 0) {
            handler.bad(line, dateProblem != null ? dateProblem : RowCodes.problem(fields, b, kind, mode, setting,
                    personnel, performer, ambulant, replaces));
            return;
        }
        int group = profiles.group(b, fields.start(GROUP), fields.end(GROUP));
        int code = RowCodes.combination(kind, mode, setting, ambulant, personnel, performer, replaces, documented,
                group);
        int profile = profiles.profile(code, kind, mode, setting, ambulant, personnel, performer, group, replaces,
                documented);
        if (profile < 0) {
            handler.bad(line, profiles.refusal(code));
            return;
        }
        if (!blocks.newContact(b, fields.start(CONTACT), fields.end(CONTACT))) {
            handler.bad(line, blocks.twiceReason(b, fields.start(CONTACT), fields.end(CONTACT)));
            return;
        }
        int hospital = hospitals.id(b, fields);
        if (!gather) {
            handler.contact(hospital, profile);
            return;
        }
        boolean trigger = profiles.trigger(group, b, fields.start(PROCEDURE), fields.end(PROCEDURE));
        pathway.add(hospital, profile, b, fields.start(DATE), fields.start(PROCEDURE), fields.end(PROCEDURE), trigger);
    }

    /**
     * Follows the line into its pathway, handing on the pathway before when a line begins another; true if the line
     * belongs to a pathway that stood earlier in the file (a bad row).
     */
    private boolean enter(byte[] b, int from, int to) {
        if (blocks.enter(b, from, ActivityFormat.pathwayEnd(b, from, to)) && gather) {
            pathway.flush(handler, profiles.byId());
        }
        return blocks.apart();
    }
}
