package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Contacts.pathway;
import static no.pathfin.support.Pricing.kr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.support.Pricing;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** The rule set is chosen by each contact's own date, never by the clock. */
class YearBoundaryTest {

    @Test
    void a_pathway_spanning_new_year_is_priced_with_each_contacts_own_year() {
        Pathway pathway = TestPathfin.get().pathways().byId("year-boundary-hip-2019-2020").orElseThrow().pathway();

        PathwayPricing pricing = Pricing.perContact(pathway, null);

        assertEquals("isf-2019", pricing.line("Y1").ruleSetId());
        assertEquals(kr("892.36"), pricing.line("Y1").amount()); // 0.040 × 44 618 × 0.50
        assertEquals("isf-2020", pricing.line("Y2").ruleSetId());
        assertEquals("isf-2020", pricing.line("Y3").ruleSetId());
        assertEquals(kr("687.12"), pricing.line("Y3").amount()); // the phone control counts in 2020
    }

    @Test
    void the_bundle_is_priced_by_the_anchors_date() {
        Pathway pathway = TestPathfin.get().pathways().byId("year-boundary-hip-2019-2020").orElseThrow().pathway();

        PathwayPricing pricing = Pricing.bundle(pathway, null);

        assertEquals(kr("47945.71"), pricing.total()); // the isf-2020 hip bundle, anchored 2020-01-08
        assertEquals("isf-2020", pricing.line("Y1").ruleSetId());
    }

    @Test
    void a_date_no_rule_set_covers_is_refused_naming_the_contact() {
        Pathway pathway = pathway("gap", contact("K").on("2022-06-01"), contact("L").on("2024-06-01"));

        InvalidRequestException error = assertThrows(InvalidRequestException.class, () -> Pricing.perContact(pathway, null));

        assertEquals("contacts[0].date", error.field());
        assertTrue(error.getMessage().contains("no rule set covers 2022-06-01"), error.getMessage());
    }

    @Test
    void an_unknown_group_code_or_rule_set_is_refused_naming_the_field() {
        Pathway pathway = pathway("bad", contact("K").mode(ContactMode.IN_PERSON).kind(ContactKind.CONTROL).group("NOPE"));

        assertEquals("contacts[0].groupCode",
                assertThrows(InvalidRequestException.class, () -> Pricing.perContact(pathway, "isf-2024")).field());
        assertEquals("ruleSet",
                assertThrows(InvalidRequestException.class, () -> Pricing.perContact(pathway, "isf-1999")).field());
    }
}
