package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Pricing.fired;
import static no.pathfin.support.Pricing.kr;
import static no.pathfin.support.Pricing.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.support.Contacts;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** rules/common/isf-contact.drl: cost weight × unit price × ISF share. */
class IsfFormulaRulesTest {

    static final String FORMULA_RULE = "A financed contact earns its cost weight times the unit price times the ISF share";

    @Test
    void an_in_person_control_earns_weight_times_unit_price_times_share() {
        // given an outpatient orthopaedic control (0.030 points, illustrative) in 2024
        PricedContact line = line(contact("K1").group("ORT-CONTROL"), "isf-2024");

        // then 0.030 × 52 248 × 0.40 = 626.976, rounded half up to 626.98
        assertEquals(kr("626.98"), line.amount());
        Component isf = line.components().get(0);
        assertEquals(0, new BigDecimal("626.976").compareTo(isf.exact()));
        assertEquals("0.030 × 52 248 × 0.40 = 626.98", isf.formula());
        assertEquals(List.of(FORMULA_RULE), fired(line));
        assertEquals("isf-2024", line.ruleSetId());
        assertEquals(TestPathfin.get().ruleSets().byId("isf-2024").orElseThrow().info().contentHash(), line.ruleSetHash());
        assertEquals(64, line.ruleSetHash().length()); // SHA-256 in hexadecimal
    }

    @Test
    void every_factor_names_its_source() {
        PricedContact line = line(contact("K1").group("HIP-SURGERY"), "isf-2024");

        var factors = line.components().get(0).factors();
        assertTrue(factors.get(0).source().startsWith("illustrative"), factors.get(0).source());
        assertTrue(factors.get(1).source().contains("52 248"), factors.get(1).source());
        assertTrue(factors.get(2).source().contains("40 %"), factors.get(2).source());
        assertTrue(line.rulesFired().get(0).regulation().contains("enhetspris"));
    }

    @Test
    void the_2025_plan_pays_every_somatic_contact_exactly_25_percent_less_than_2024() {
        List<Contacts> somatic = List.of(
                contact("assessment").kind(ContactKind.ASSESSMENT).group("ORT-ASSESS"),
                contact("surgery").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-SURGERY"),
                contact("control").group("ORT-CONTROL"),
                contact("video").mode(ContactMode.VIDEO).group("ORT-CONTROL"),
                contact("revision").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-REVISION"));
        for (Contacts contact : somatic) {
            BigDecimal in2024 = line(contact, "isf-2024").components().get(0).exact();
            BigDecimal plan = line(contact, "isf-2025-plan").components().get(0).exact();

            // exactly: the planned 30 % share is three quarters of 40 %, before any rounding
            assertEquals(0, in2024.multiply(new BigDecimal("0.75")).compareTo(plan), contact.build().id());
        }
    }

    @Test
    void a_contacts_amount_is_the_sum_of_its_rounded_components() {
        PricedContact line = line(contact("K1").setting(no.pathfin.domain.Setting.PHV).group("PHV-TREAT")
                .by(no.pathfin.domain.PersonnelGroup.NURSE).ambulant().kind(ContactKind.TREATMENT), "isf-2024");

        // 1.000 × 3 675 × 0.25 = 918.75 and 0.300 × 3 675 × 0.25 = 275.625 → 275.63
        assertEquals(kr("918.75"), line.components().get(0).amount());
        assertEquals(kr("275.63"), line.components().get(1).amount());
        assertEquals(kr("1194.38"), line.amount());
    }
}
