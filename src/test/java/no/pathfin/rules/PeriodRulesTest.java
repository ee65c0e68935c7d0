package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Contacts.pathway;
import static no.pathfin.support.Pricing.bundle;
import static no.pathfin.support.Pricing.fired;
import static no.pathfin.support.Pricing.kr;
import static no.pathfin.support.Pricing.perContact;
import static no.pathfin.support.Pricing.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * rules/common/period.drl under isf-2024's periods.yaml: one period payment per tertial with a qualifying contact, on
 * its first such contact. isf-2024 somatic: 52 248 kr at 0.40; dialysis-tfg weight 2.500 (a payment of
 * 2.500 × 52 248 × 0.40 = 52 248.00); a DIALYSIS session per contact 0.050 × 52 248 × 0.40 = 1 044.96.
 */
class PeriodRulesTest {

    private static final String TFG_PAID = "The first qualifying contact of a period earns the period payment";
    private static final String TFG_COVERED = "Another qualifying contact of the same period is covered by the period payment";

    private static no.pathfin.support.Contacts session(String id, String date) {
        return contact(id).on(date).kind(ContactKind.TREATMENT).by(PersonnelGroup.NURSE).group("DIALYSIS");
    }

    @Test
    void a_session_on_the_last_day_of_april_and_one_on_the_first_of_may_earn_two_period_payments() {
        Pathway series = pathway("straddling", session("S1", "2024-04-30"), session("S2", "2024-05-01"));

        PathwayPricing pricing = period(series, "isf-2024");

        assertEquals(kr("52248.00"), pricing.line("S1").amount()); // 2.500 × 52 248 × 0.40, 2024 tertial 1
        assertEquals(kr("52248.00"), pricing.line("S2").amount()); // the same, 2024 tertial 2
        assertEquals(kr("104496.00"), pricing.total());
        assertTrue(fired(pricing.line("S1")).contains(TFG_PAID));
        assertTrue(pricing.line("S1").notes().get(0).contains("2024 tertial 1 (Jan–Apr)"), pricing.line("S1").notes().toString());
        assertTrue(pricing.line("S2").notes().get(0).contains("2024 tertial 2 (May–Aug)"), pricing.line("S2").notes().toString());
    }

    @Test
    void two_qualifying_contacts_in_one_tertial_earn_one_payment_on_the_first() {
        // listed out of date order: the earlier one (S2, 2 January) carries the payment
        Pathway series = pathway("one-tertial", session("S1", "2024-04-01"), session("S2", "2024-01-02"));

        PathwayPricing pricing = period(series, "isf-2024");

        assertEquals(kr("52248.00"), pricing.line("S2").amount());
        PricedContact covered = pricing.line("S1");
        assertEquals(Money.ZERO, covered.amount());
        assertTrue(fired(covered).contains(TFG_COVERED));
        assertTrue(covered.notes().get(0).contains("carried by contact S2"), covered.notes().toString());
        assertTrue(covered.notes().get(0).contains("per-contact value of 1 044.96"), covered.notes().toString());
        assertEquals(kr("52248.00"), pricing.total());
    }

    @Test
    void a_contact_that_does_not_qualify_is_priced_per_contact_beside_the_period_payment() {
        Pathway mixed = pathway("mixed", session("S1", "2024-02-01"), contact("C1").on("2024-02-02"));

        PathwayPricing pricing = period(mixed, "isf-2024");

        assertEquals(kr("626.98"), pricing.line("C1").amount()); // ORT-CONTROL 0.030 × 52 248 × 0.40
        assertEquals(kr("52874.98"), pricing.total()); // 52 248.00 + 626.98
    }

    @Test
    void per_contact_and_under_the_bundle_the_same_sessions_earn_their_weight_each() {
        Pathway series = pathway("straddling", session("S1", "2024-04-30"), session("S2", "2024-05-01"));

        assertEquals(kr("2089.92"), perContact(series, "isf-2024").total()); // 2 × 1 044.96
        assertEquals(kr("2089.92"), bundle(series, "isf-2024").total());
    }

    @Test
    void digital_follow_up_reports_earn_the_digital_period_weight() {
        Pathway reports = pathway("reports",
                contact("R1").on("2024-09-02").mode(ContactMode.VIDEO).by(PersonnelGroup.NURSE).group("DIGITAL-FOLLOW-UP"),
                contact("R2").on("2024-12-31").mode(ContactMode.VIDEO).by(PersonnelGroup.NURSE).group("DIGITAL-FOLLOW-UP"));

        PathwayPricing pricing = period(reports, "isf-2024");

        assertEquals(kr("1253.95"), pricing.line("R1").amount()); // 0.060 × 52 248 × 0.40 = 1 253.952
        assertEquals(Money.ZERO, pricing.line("R2").amount()); // 31 December: still tertial 3
    }

    @Test
    void an_override_of_the_period_weight_changes_the_payment_and_names_the_rule_sets_value() {
        Pathway one = pathway("one", session("S1", "2024-06-03"));
        ParameterChanges overrides = ParameterChanges.of(ParameterPath.period("dialysis-tfg",
                ParameterField.PERIOD_WEIGHT), new BigDecimal("2.000"));

        PathwayPricing pricing = TestPathfin.get().pricePathway().price(one,
                no.pathfin.domain.pricing.FinancingModel.PERIOD, "isf-2024", overrides);

        assertEquals(kr("41798.40"), pricing.total()); // 2.000 × 52 248 × 0.40
        String source = pricing.line("S1").components().get(0).factors().get(0).source();
        assertTrue(source.contains("override in this request (rule set value 2.500)"), source);
    }
}
