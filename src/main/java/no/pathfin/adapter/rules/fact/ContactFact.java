package no.pathfin.adapter.rules.fact;

import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.ruleset.CostWeight;

/**
 * A contact as the per-contact rules see it: an id to tie decisions to it, its {@link ContactProfile} and the
 * cost weight of its group. Nothing else (no date, no procedure code) is visible to those rules, so two contacts
 * with the same profile are priced alike by construction, which is what makes pricing by profile exact.
 */
public final class ContactFact {

    private final String id;
    private final ContactProfile profile;
    private final CostWeight weight;

    public ContactFact(String id, ContactProfile profile, CostWeight weight) {
        this.id = id;
        this.profile = profile;
        this.weight = weight;
    }

    public String getId() {
        return id;
    }

    public ContactKind getKind() {
        return profile.kind();
    }

    public ContactMode getMode() {
        return profile.mode();
    }

    public Setting getSetting() {
        return profile.setting();
    }

    public boolean isAmbulant() {
        return profile.ambulant();
    }

    public PersonnelGroup getPersonnel() {
        return profile.personnel();
    }

    public Performer getPerformer() {
        return profile.performer();
    }

    public String getGroupCode() {
        return profile.groupCode();
    }

    public boolean isReplacesPlannedVisit() {
        return profile.replacesPlannedVisit();
    }

    public boolean isDocumented() {
        return profile.documented();
    }

    public CostWeight getCostWeight() {
        return weight;
    }
}
