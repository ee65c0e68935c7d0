package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Pricing.fired;
import static no.pathfin.support.Pricing.kr;
import static no.pathfin.support.Pricing.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.PricedContact;
import org.junit.jupiter.api.Test;

/** rules/common/collaboration.drl and rules/common/ambulant.drl. */
class CollaborationAndAmbulantRulesTest {

    @Test
    void a_collaboration_meeting_earns_in_mental_health_but_not_in_somatic_care() {
        PricedContact phv = line(contact("S").kind(ContactKind.COLLABORATION_MEETING).setting(Setting.PHV)
                .group("PHV-COLLAB"), "isf-2024");
        PricedContact somatic = line(contact("S").kind(ContactKind.COLLABORATION_MEETING), "isf-2024");

        assertEquals(kr("459.38"), phv.amount()); // 0.500 × 3 675 × 0.25 = 459.375
        assertEquals(Money.ZERO, somatic.amount());
        assertEquals(List.of("A contact of a kind its setting does not finance earns nothing"), fired(somatic));
        assertEquals(List.of("collaboration-meeting contacts are not financed in somatic care under isf-2024"),
                somatic.notes());
    }

    @Test
    void an_ambulant_home_visit_earns_the_ambulant_supplement_on_top() {
        PricedContact line = line(contact("H").kind(ContactKind.TREATMENT).setting(Setting.TSB).group("TSB-TREAT")
                .ambulant(), "isf-2020");

        // 1.000 × 3 160 × 0.25 = 790.00 plus 0.300 × 3 160 × 0.25 = 237.00
        assertEquals(kr("1027.00"), line.amount());
        assertEquals(List.of("ISF", "ambulant supplement"), line.components().stream().map(c -> c.label()).toList());
        assertEquals(List.of("A financed contact earns its cost weight times the unit price times the ISF share",
                "An ambulant contact that is financed also earns the ambulant supplement"), fired(line));
    }

    @Test
    void an_ambulant_contact_that_is_not_financed_earns_no_supplement_either() {
        PricedContact line = line(contact("H").kind(ContactKind.TREATMENT).setting(Setting.TSB).group("TSB-TREAT")
                .mode(ContactMode.PHONE).replacingAPlannedVisit().ambulant(), "isf-2024");

        assertEquals(Money.ZERO, line.amount());
        assertEquals(List.of(), line.components());
    }
}
