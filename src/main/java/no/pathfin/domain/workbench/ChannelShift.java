package no.pathfin.domain.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;

/**
 * A rewrite of a pathway set: contacts of a kind (and setting, and mode) moved to another mode. Either a share of
 * the matching contacts across the set ("move 30 % of in-person outpatient controls to video": the k-th match
 * moves when ⌊(k+1)·share⌋ > ⌊k·share⌋, so exactly ⌊share·matches⌋ move, spread evenly, the same every time), or
 * the n-th matching contact of every pathway ("replace the second assessment by a phone consultation"). A contact
 * moved to phone replaces its planned visit and is documented, as the phone rule requires.
 */
public record ChannelShift(ContactKind kind, Setting setting, ContactMode from, ContactMode to, BigDecimal share,
                           Integer occurrence) {

    public ChannelShift {
        if (to == null) {
            throw new IllegalArgumentException("to: the mode contacts move to is required");
        }
        if ((share == null) == (occurrence == null)) {
            throw new IllegalArgumentException("share: give either a share of the matching contacts or an occurrence");
        }
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("share: must be between 0 and 1");
        }
        if (occurrence != null && occurrence < 1) {
            throw new IllegalArgumentException("occurrence: counts from 1");
        }
    }

    /** The rewritten pathways and how many contacts moved. */
    public record Result(List<Pathway> pathways, int matching, int moved) {
    }

    public Result apply(List<Pathway> pathways) {
        List<Pathway> rewritten = new ArrayList<>();
        int matching = 0;
        int moved = 0;
        for (Pathway pathway : pathways) {
            List<Contact> contacts = new ArrayList<>();
            int seen = 0;
            for (Contact c : pathway.contacts()) {
                boolean matches = (kind == null || c.kind() == kind) && (setting == null || c.setting() == setting)
                        && (from == null || c.mode() == from) && c.mode() != to;
                boolean move = false;
                if (matches) {
                    seen++;
                    if (share != null) {
                        move = share.multiply(BigDecimal.valueOf(matching + 1L)).intValue()
                                > share.multiply(BigDecimal.valueOf(matching)).intValue();
                    } else {
                        move = seen == occurrence;
                    }
                    matching++;
                }
                if (move) {
                    moved++;
                    boolean phone = to == ContactMode.PHONE;
                    contacts.add(new Contact(c.id(), c.date(), c.kind(), to, c.setting(), c.ambulant(), c.personnel(),
                            c.performer(), c.groupCode(), c.procedureCode(), phone || c.replacesPlannedVisit(),
                            phone || c.documented()));
                } else {
                    contacts.add(c);
                }
            }
            rewritten.add(new Pathway(pathway.id(), pathway.family(), pathway.variant(), pathway.description(), contacts));
        }
        return new Result(rewritten, matching, moved);
    }
}
