package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Pricing.fired;
import static no.pathfin.support.Pricing.kr;
import static no.pathfin.support.Pricing.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.PricedContact;
import org.junit.jupiter.api.Test;

/** rules/common/eligibility.drl: which modes, personnel groups and performers are financed. */
class EligibilityRulesTest {

    @Test
    void a_video_control_by_a_nurse_earns_nothing_in_2018_because_video_was_for_physicians_only() {
        PricedContact line = line(contact("V").mode(ContactMode.VIDEO).by(PersonnelGroup.NURSE), "isf-2018");

        assertEquals(Money.ZERO, line.amount());
        assertEquals(List.of("A video consultation held by a personnel group not financed for video earns nothing"),
                fired(line));
        assertEquals(List.of("video consultations held by nurse are not financed under isf-2018"), line.notes());
    }

    @Test
    void a_video_control_by_a_physician_earned_like_an_in_person_one_already_in_2018() {
        Money video = line(contact("V").mode(ContactMode.VIDEO), "isf-2018").amount();
        Money inPerson = line(contact("P"), "isf-2018").amount();

        assertEquals(kr("651.42"), inPerson); // 0.030 × 43 428 × 0.50
        assertEquals(inPerson, video);
    }

    @Test
    void video_control_earns_the_same_as_in_person_from_2019_whoever_holds_it() {
        Map<String, Money> control = new LinkedHashMap<>();
        control.put("isf-2019", kr("669.27")); // 0.030 × 44 618 × 0.50 = 669.27
        control.put("isf-2020", kr("687.12")); // 0.030 × 45 808 × 0.50 = 687.12
        control.put("isf-2024", kr("626.98")); // 0.030 × 52 248 × 0.40 = 626.976 → 626.98
        control.put("isf-2025-plan", kr("470.23")); // 0.030 × 52 248 × 0.30 = 470.232 → 470.23
        control.forEach((ruleSet, amount) -> {
            for (PersonnelGroup who : List.of(PersonnelGroup.PHYSICIAN, PersonnelGroup.NURSE)) {
                Money video = line(contact("V").mode(ContactMode.VIDEO).by(who), ruleSet).amount();
                Money inPerson = line(contact("P").by(who), ruleSet).amount();

                assertEquals(amount, inPerson, ruleSet + " " + who);
                assertEquals(inPerson, video, ruleSet + " " + who);
            }
        });
    }

    @Test
    void a_physiotherapist_triggers_reimbursement_in_somatic_care_only_from_2020() {
        PricedContact in2019 = line(contact("F").by(PersonnelGroup.PHYSIOTHERAPIST), "isf-2019");
        PricedContact in2020 = line(contact("F").by(PersonnelGroup.PHYSIOTHERAPIST), "isf-2020");

        assertEquals(Money.ZERO, in2019.amount());
        assertEquals(List.of("A contact held by a personnel group its setting does not finance earns nothing"),
                fired(in2019));
        assertEquals(kr("687.12"), in2020.amount()); // 0.030 × 45 808 × 0.50
    }

    @Test
    void activity_a_municipality_performs_counts_only_under_a_written_agreement() {
        PricedContact agreed = line(contact("M").kind(ContactKind.TREATMENT).setting(Setting.PHV).group("PHV-TREAT")
                .performedBy(Performer.MUNICIPALITY_WITH_AGREEMENT), "isf-2024");
        PricedContact notAgreed = line(contact("M").kind(ContactKind.TREATMENT).setting(Setting.PHV).group("PHV-TREAT")
                .performedBy(Performer.MUNICIPALITY_WITHOUT_AGREEMENT), "isf-2024");

        assertEquals(kr("918.75"), agreed.amount()); // 1.000 × 3 675 × 0.25
        assertEquals(Money.ZERO, notAgreed.amount());
        assertEquals(List.of("Activity a municipality performs without a written agreement earns nothing"),
                fired(notAgreed));
    }

    @Test
    void a_municipality_earns_only_for_the_services_the_rule_set_lists_for_it() {
        // isf-2024 lists treatment sessions in PHV (municipalKinds: [treatment]) and nothing in somatic care
        PricedContact assessment = line(contact("M").kind(ContactKind.ASSESSMENT).setting(Setting.PHV).group("PHV-ASSESS")
                .performedBy(Performer.MUNICIPALITY_WITH_AGREEMENT), "isf-2024");
        PricedContact somatic = line(contact("M").performedBy(Performer.MUNICIPALITY_WITH_AGREEMENT), "isf-2024");

        assertEquals(Money.ZERO, assessment.amount());
        assertEquals(List.of("A service a municipality performs under agreement that is not among the defined services"
                + " earns nothing"), fired(assessment));
        assertEquals("assessment is not among the services a municipality may perform for the hospital in phv care"
                + " under isf-2024", assessment.notes().get(0));
        assertEquals(Money.ZERO, somatic.amount());
    }
}
