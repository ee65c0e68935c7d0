package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Pricing.fired;
import static no.pathfin.support.Pricing.kr;
import static no.pathfin.support.Pricing.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.support.Contacts;
import org.junit.jupiter.api.Test;

/** rules/common/phone.drl and the phone entries of each year's eligible modes. */
class PhoneRulesTest {

    private static Contacts qualifyingPhoneControl() {
        return contact("T").mode(ContactMode.PHONE).replacingAPlannedVisit();
    }

    @Test
    void a_phone_consultation_earns_nothing_in_2019_and_says_why() {
        PricedContact line = line(qualifyingPhoneControl(), "isf-2019");

        assertEquals(Money.ZERO, line.amount());
        assertEquals(List.of("A contact in a mode its setting does not finance earns nothing"), fired(line));
        assertEquals(List.of("phone consultations are not financed in somatic care under isf-2019"), line.notes());
    }

    @Test
    void a_qualifying_phone_consultation_earns_like_an_in_person_control_from_2020() {
        Map<String, Money> control = Map.of(
                "isf-2020", kr("687.12"), // 0.030 × 45 808 × 0.50 = 687.12
                "isf-2024", kr("626.98")); // 0.030 × 52 248 × 0.40 = 626.976 → 626.98
        control.forEach((ruleSet, amount) -> {
            Money phone = line(qualifyingPhoneControl(), ruleSet).amount();
            Money inPerson = line(contact("P"), ruleSet).amount();

            assertEquals(amount, phone, ruleSet);
            assertEquals(inPerson, phone, ruleSet);
        });
    }

    @Test
    void a_simple_post_operative_check_call_earns_nothing_in_2020() {
        PricedContact line = line(contact("T").mode(ContactMode.PHONE).by(PersonnelGroup.NURSE), "isf-2020");

        assertEquals(Money.ZERO, line.amount());
        assertEquals(List.of("A phone call that did not replace a planned consultation earns nothing"), fired(line));
        assertTrue(line.notes().get(0).contains("simple pre-/post-operative check call"), line.notes().toString());
    }

    @Test
    void an_undocumented_phone_consultation_earns_nothing() {
        PricedContact line = line(qualifyingPhoneControl().undocumented(), "isf-2024");

        assertEquals(Money.ZERO, line.amount());
        assertEquals(List.of("An undocumented phone consultation earns nothing"), fired(line));
    }

    @Test
    void phone_consultations_in_mental_health_earn_nothing_even_in_2024() {
        PricedContact line = line(qualifyingPhoneControl().setting(Setting.PHV).group("PHV-TREAT"), "isf-2024");

        assertEquals(Money.ZERO, line.amount());
        assertEquals(List.of("phone consultations are not financed in phv care under isf-2024"), line.notes());
    }
}
