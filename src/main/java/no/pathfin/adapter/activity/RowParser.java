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
import static no.pathfin.adapter.activity.ActivityFormat.REPLACES;
import static no.pathfin.adapter.activity.ActivityFormat.SETTING;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.ContactInput;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * Parses activity rows straight from bytes, for one thread. Known hospitals, group codes and profiles are found in
 * per-thread tables, so a row allocates nothing; a new value is looked up once in the shared dictionaries.
 */
final class RowParser {

    private static final byte[][] KINDS = ActivityFormat.codes(ContactKind.class);
    private static final byte[][] MODES = ActivityFormat.codes(ContactMode.class);
    private static final byte[][] SETTINGS = ActivityFormat.codes(Setting.class);
    private static final byte[][] PERSONNEL_CODES = ActivityFormat.codes(PersonnelGroup.class);
    private static final byte[][] PERFORMERS = ActivityFormat.codes(Performer.class);
    /** Distinct combinations of the enum and boolean attributes of a profile. */
    private static final int COMBINATIONS = KINDS.length * MODES.length * SETTINGS.length * 2 * PERSONNEL_CODES.length
            * PERFORMERS.length * 2 * 2;

    private final ActivitySource.Dictionaries dictionaries;
    private final ActivitySource.RowHandler handler;
    private final ByteKeys hospitals = new ByteKeys();
    private final ByteKeys groups = new ByteKeys();
    private String[] groupNames = new String[16];
    private int groupCount;
    private int[] profileIds = new int[0];
    private final Map<Integer, String> refusals = new HashMap<>();
    private final int fields;
    /** The rows carry age group and sex, and the reader counts by them. */
    private final boolean byAge;
    private final int[] starts = new int[ActivityFormat.COLUMNS.size() + ActivityFormat.DEMOGRAPHIC.size()];
    private final int[] ends = new int[starts.length];
    /** The hospital, age group and sex of a row side by side, to find their id without allocating. */
    private byte[] key = new byte[64];
    private ContactProfile[] profilesById = new ContactProfile[64];

    /** Which pathway the rows belong to, whether they stand together, and the contact ids each one holds. */
    private final PathwayBlocks blocks;
    /** When bundles are priced: the current pathway's rows, gathered until the pathway ends. */
    private final boolean gather;
    private final PathwayRows pathway = new PathwayRows();
    private final ByteKeys procedures = new ByteKeys();
    private boolean[] groupTriggers = new boolean[16];

    /**
     * @param demographic the rows carry age_group and sex after the activity columns
     * @param before      the pathway ids of the chunks before this one, when they were read (else none)
     */
    RowParser(ActivitySource.Dictionaries dictionaries, ActivitySource.RowHandler handler, boolean demographic,
              List<ByteSet> before) {
        this.dictionaries = dictionaries;
        this.blocks = new PathwayBlocks(before);
        this.handler = handler;
        this.byAge = demographic && dictionaries.byAgeAndSex();
        this.fields = ActivityFormat.COLUMNS.size() + (demographic ? ActivityFormat.DEMOGRAPHIC.size() : 0);
        this.gather = dictionaries.bundles();
    }

    /** Hands over the last gathered pathway; call when the chunk ends. */
    void finish() {
        if (gather) {
            pathway.flush(handler, profilesById);
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
        if (to > from && b[to - 1] == '\r') {
            to--;
        }
        int field = 0;
        starts[0] = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == ',') {
                if (field == fields - 1) {
                    handler.bad(line, "more than " + fields + " fields");
                    return;
                }
                ends[field++] = i;
                starts[field] = i + 1;
            } else if (c == '"') {
                handler.bad(line, "quoted fields are not supported in activity files");
                return;
            }
        }
        ends[field] = to;
        if (field != fields - 1) {
            handler.bad(line, "expected " + fields + " fields, found " + (field + 1));
            return;
        }
        if (empty(PATHWAY) || empty(CONTACT) || empty(HOSPITAL) || empty(GROUP)) {
            handler.bad(line, "pathway_id, hospital_id, contact_id and group_code must not be empty");
            return;
        }
        String dateProblem = date(b, starts[DATE], ends[DATE]);
        int kind = code(b, KIND, KINDS, -1);
        int mode = code(b, MODE, MODES, -1);
        int setting = code(b, SETTING, SETTINGS, -1);
        int personnel = code(b, PERSONNEL, PERSONNEL_CODES, -1);
        int performer = code(b, PERFORMER, PERFORMERS, ContactInput.DEFAULT_PERFORMER.ordinal());
        int ambulant = flag(b, AMBULANT, ContactInput.DEFAULT_AMBULANT ? 1 : 0);
        int replaces = flag(b, REPLACES, ContactInput.DEFAULT_REPLACES_PLANNED_VISIT ? 1 : 0);
        int documented = flag(b, DOCUMENTED, ContactInput.DEFAULT_DOCUMENTED ? 1 : 0);
        if (dateProblem != null || kind < 0 || mode < 0 || setting < 0 || personnel < 0 || performer < 0
                || ambulant < 0 || replaces < 0 || documented < 0) {
            handler.bad(line, dateProblem != null ? dateProblem : problem(b, kind, mode, setting, personnel, performer,
                    ambulant, replaces, documented));
            return;
        }
        int group = group(b, starts[GROUP], ends[GROUP]);
        int code = (((((((kind * MODES.length + mode) * SETTINGS.length + setting) * 2 + ambulant)
                * PERSONNEL_CODES.length + personnel) * PERFORMERS.length + performer) * 2 + replaces) * 2 + documented)
                + COMBINATIONS * group;
        int profile = profile(code, kind, mode, setting, ambulant, personnel, performer, group, replaces, documented);
        if (profile < 0) {
            handler.bad(line, refusals.get(code));
            return;
        }
        if (!blocks.newContact(b, starts[CONTACT], ends[CONTACT])) {
            handler.bad(line, blocks.twiceReason(b, starts[CONTACT], ends[CONTACT]));
            return;
        }
        int hospital = hospital(b, starts[HOSPITAL], ends[HOSPITAL]);
        if (!gather) {
            handler.contact(hospital, profile);
            return;
        }
        boolean trigger = groupTriggers[group] || procedureTrigger(b, starts[ActivityFormat.PROCEDURE],
                ends[ActivityFormat.PROCEDURE]);
        pathway.add(hospital, profile, b, starts[DATE], starts[ActivityFormat.PROCEDURE], ends[ActivityFormat.PROCEDURE],
                trigger);
    }

    /**
     * Follows the line into its pathway, handing on the pathway before when a line begins another; true if the line
     * belongs to a pathway that stood earlier in the file (a bad row).
     */
    private boolean enter(byte[] b, int from, int to) {
        if (blocks.enter(b, from, ActivityFormat.pathwayEnd(b, from, to)) && gather) {
            pathway.flush(handler, profilesById);
        }
        return blocks.apart();
    }

    private boolean procedureTrigger(byte[] b, int from, int to) {
        if (from == to) {
            return false;
        }
        int known = procedures.get(b, from, to);
        if (known < 0) {
            known = dictionaries.bundleTrigger(null, new String(b, from, to - from, StandardCharsets.UTF_8)) ? 1 : 0;
            procedures.put(b, from, to, known);
        }
        return known == 1;
    }

    private boolean empty(int field) {
        return starts[field] == ends[field];
    }

    private int code(byte[] b, int field, byte[][] codes, int whenEmpty) {
        int from = starts[field];
        int to = ends[field];
        if (from == to) {
            return whenEmpty;
        }
        for (int i = 0; i < codes.length; i++) {
            if (Arrays.equals(codes[i], 0, codes[i].length, b, from, to)) {
                return i;
            }
        }
        return -1;
    }

    /** 1 for true/1, 0 for false/0, the default when empty, -1 otherwise. */
    private int flag(byte[] b, int field, int whenEmpty) {
        int from = starts[field];
        int length = ends[field] - from;
        if (length == 0) {
            return whenEmpty;
        }
        if (length == 1) {
            return b[from] == '1' ? 1 : b[from] == '0' ? 0 : -1;
        }
        if (length == 4 && b[from] == 't' && b[from + 1] == 'r' && b[from + 2] == 'u' && b[from + 3] == 'e') {
            return 1;
        }
        if (length == 5 && b[from] == 'f' && b[from + 1] == 'a' && b[from + 2] == 'l' && b[from + 3] == 's'
                && b[from + 4] == 'e') {
            return 0;
        }
        return -1;
    }

    /** Null for a valid YYYY-MM-DD date, else what is wrong. */
    private static String date(byte[] b, int from, int to) {
        if (to - from == 10 && b[from + 4] == '-' && b[from + 7] == '-') {
            int year = digits(b, from, 4);
            int month = digits(b, from + 5, 2);
            int day = digits(b, from + 8, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
        }
        return "date '" + new String(b, from, to - from, StandardCharsets.UTF_8) + "' is not a valid date (YYYY-MM-DD)";
    }

    private static int digits(byte[] b, int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private String problem(byte[] b, int kind, int mode, int setting, int personnel, int performer, int ambulant,
                           int replaces, int documented) {
        if (kind < 0) {
            return unknown(b, KIND, "kind", KINDS);
        } else if (mode < 0) {
            return unknown(b, MODE, "mode", MODES);
        } else if (setting < 0) {
            return unknown(b, SETTING, "setting", SETTINGS);
        } else if (personnel < 0) {
            return unknown(b, PERSONNEL, "personnel", PERSONNEL_CODES);
        } else if (performer < 0) {
            return unknown(b, PERFORMER, "performer", PERFORMERS);
        }
        int field = ambulant < 0 ? AMBULANT : replaces < 0 ? REPLACES : DOCUMENTED;
        return ActivityFormat.COLUMNS.get(field) + " '" + text(b, field) + "' is not true, false, 1 or 0";
    }

    private String unknown(byte[] b, int field, String name, byte[][] codes) {
        StringBuilder known = new StringBuilder();
        for (byte[] code : codes) {
            known.append(known.length() == 0 ? "" : ", ").append(new String(code, StandardCharsets.US_ASCII));
        }
        return name + " '" + text(b, field) + "' is not one of " + known;
    }

    private String text(byte[] b, int field) {
        return new String(b, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    private int hospital(byte[] b, int from, int to) {
        if (byAge) {
            return hospitalByAge(b, from, to);
        }
        int id = hospitals.get(b, from, to);
        if (id < 0) {
            id = dictionaries.hospital(new String(b, from, to - from, StandardCharsets.UTF_8));
            hospitals.put(b, from, to, id);
        }
        return id;
    }

    /** The id of a hospital's patients of one age group and sex (the dictionaries decide whether they differ). */
    private int hospitalByAge(byte[] b, int from, int to) {
        int hospital = to - from;
        int age = ends[ActivityFormat.AGE_GROUP] - starts[ActivityFormat.AGE_GROUP];
        int sex = ends[ActivityFormat.SEX] - starts[ActivityFormat.SEX];
        int length = hospital + age + sex + 2;
        if (key.length < length) {
            key = new byte[length * 2];
        }
        System.arraycopy(b, from, key, 0, hospital);
        key[hospital] = ',';
        System.arraycopy(b, starts[ActivityFormat.AGE_GROUP], key, hospital + 1, age);
        key[hospital + 1 + age] = ',';
        System.arraycopy(b, starts[ActivityFormat.SEX], key, hospital + age + 2, sex);
        int id = hospitals.get(key, 0, length);
        if (id < 0) {
            id = dictionaries.hospital(new String(b, from, hospital, StandardCharsets.UTF_8),
                    new String(b, starts[ActivityFormat.AGE_GROUP], age, StandardCharsets.UTF_8),
                    new String(b, starts[ActivityFormat.SEX], sex, StandardCharsets.UTF_8));
            hospitals.put(key, 0, length, id);
        }
        return id;
    }

    private int group(byte[] b, int from, int to) {
        int id = groups.get(b, from, to);
        if (id < 0) {
            id = groupCount++;
            if (id == groupNames.length) {
                groupNames = Arrays.copyOf(groupNames, id * 2);
            }
            groupNames[id] = new String(b, from, to - from, StandardCharsets.UTF_8);
            groups.put(b, from, to, id);
            if (id == groupTriggers.length) {
                groupTriggers = Arrays.copyOf(groupTriggers, id * 2);
            }
            groupTriggers[id] = gather && dictionaries.bundleTrigger(groupNames[id], null);
        }
        return id;
    }

    private int profile(int code, int kind, int mode, int setting, int ambulant, int personnel, int performer,
                        int group, int replaces, int documented) {
        if (code >= profileIds.length) {
            int old = profileIds.length;
            profileIds = Arrays.copyOf(profileIds, Math.max(code + 1, old * 2));
            Arrays.fill(profileIds, old, profileIds.length, Integer.MIN_VALUE);
        }
        int id = profileIds[code];
        if (id == Integer.MIN_VALUE) {
            ContactProfile profile = new ContactProfile(ContactKind.values()[kind], ContactMode.values()[mode],
                    Setting.values()[setting], ambulant == 1, PersonnelGroup.values()[personnel],
                    Performer.values()[performer], groupNames[group], replaces == 1, documented == 1);
            try {
                id = dictionaries.profile(profile);
                if (id >= profilesById.length) {
                    profilesById = Arrays.copyOf(profilesById, Math.max(id + 1, profilesById.length * 2));
                }
                profilesById[id] = profile;
            } catch (IllegalArgumentException e) {
                id = -1;
                refusals.put(code, e.getMessage());
            }
            profileIds[code] = id;
        }
        return id;
    }
}
