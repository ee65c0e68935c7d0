package no.pathfin.adapter.activity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * One reader thread's tables of group codes, bundle triggers and contact profiles: each is looked up in the shared
 * dictionaries the first time it is seen, then found by its bytes or its {@link RowCodes#combination} number without
 * allocating. A profile the dictionaries refuse is remembered with why.
 */
final class RowProfiles {

    private final ActivitySource.Dictionaries dictionaries;
    /** Bundles are priced: group and procedure codes are checked for bundle triggers. */
    private final boolean gather;
    private final ByteKeys groups = new ByteKeys();
    private String[] groupNames = new String[16];
    private boolean[] groupTriggers = new boolean[16];
    private int groupCount;
    private final ByteKeys procedures = new ByteKeys();
    private int[] profileIds = new int[0];
    private ContactProfile[] profilesById = new ContactProfile[64];
    private final Map<Integer, String> refusals = new HashMap<>();

    RowProfiles(ActivitySource.Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.gather = dictionaries.bundles();
    }

    /** The profiles by their dictionary id, as far as this thread has seen them. */
    ContactProfile[] byId() {
        return profilesById;
    }

    /** This thread's number for the group code in bytes[from, to). */
    int group(byte[] b, int from, int to) {
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

    /** Whether the group, or the procedure code in bytes[from, to) (empty: none), triggers a priced bundle. */
    boolean trigger(int group, byte[] b, int from, int to) {
        if (groupTriggers[group]) {
            return true;
        }
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

    /** The dictionary id of the profile numbered {@code code}, or -1 if it is refused ({@link #refusal} says why). */
    int profile(int code, int kind, int mode, int setting, int ambulant, int personnel, int performer,
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

    /** Why the profile numbered {@code code} was refused. */
    String refusal(int code) {
        return refusals.get(code);
    }
}
