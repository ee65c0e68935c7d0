package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Contacts.pathway;
import static no.pathfin.support.Pricing.bundle;
import static no.pathfin.support.Pricing.fired;
import static no.pathfin.support.Pricing.kr;
import static no.pathfin.support.Pricing.perContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** rules/common/bundle.drl: anchor, window, coverage, per-contact fallback and the outlier rule. */
class BundleRulesTest {

    private static Pathway fixture(String id) {
        return TestPathfin.get().pathways().byId(id).orElseThrow().pathway();
    }

    @Test
    void under_the_hip_bundle_variants_a_b_and_c_earn_the_same_total() {
        for (String ruleSet : List.of("isf-2019", "isf-2020", "isf-2024", "isf-2025-plan")) {
            Money a = bundle(fixture("hip-replacement-A"), ruleSet).total();
            Money b = bundle(fixture("hip-replacement-B"), ruleSet).total();
            Money c = bundle(fixture("hip-replacement-C"), ruleSet).total();

            assertEquals(a, b, ruleSet);
            assertEquals(a, c, ruleSet);
        }
        assertEquals(kr("43749.00"), bundle(fixture("hip-replacement-A"), "isf-2024").total());
    }

    @Test
    void the_anchor_carries_the_bundle_price_and_covered_contacts_earn_nothing_with_a_reason() {
        PathwayPricing pricing = bundle(fixture("hip-replacement-B"), "isf-2024");

        PricedContact anchor = pricing.line("B2");
        assertEquals(kr("43749.00"), anchor.amount());
        assertTrue(fired(anchor).contains("The anchor contact earns the bundle price"));
        assertTrue(anchor.components().get(0).formula().contains("average per-contact revenue of hip variants A, B and C"));
        PricedContact covered = pricing.line("B1");
        assertEquals(Money.ZERO, covered.amount());
        assertTrue(fired(covered).contains("A contact of an included kind inside the episode window is covered by the bundle price"));
        assertTrue(covered.notes().get(0).contains("anchored at contact B2"), covered.notes().toString());
    }

    @Test
    void a_contact_outside_the_window_is_priced_per_contact() {
        PathwayPricing pricing = bundle(fixture("hip-replacement-E-one-year-control"), "isf-2024");

        PricedContact late = pricing.line("E4");
        assertEquals(kr("626.98"), late.amount());
        assertTrue(fired(late).contains("A contact outside the episode window is priced per contact"));
        assertTrue(late.notes().get(0).contains("day 365 from the anchor"), late.notes().toString());
        assertEquals(kr("44375.98"), pricing.total()); // 43 749.00 + 626.98
    }

    @Test
    void an_episode_far_above_the_price_earns_half_the_excess_over_one_and_a_half_times_the_price() {
        PathwayPricing pricing = bundle(fixture("hip-replacement-F-early-revision"), "isf-2024");

        // per contact 835.97 + 41 798.40 + 50 158.08 + 626.98 = 93 419.43 > 1.5 × 43 749.00 = 65 623.50
        // (93 419.43 − 65 623.50) × 0.5 = 13 897.965 → 13 897.97
        PricedContact anchor = pricing.line("F2");
        assertEquals(List.of(kr("43749.00"), kr("13897.97")), anchor.components().stream().map(c -> c.amount()).toList());
        assertTrue(fired(anchor).contains("An episode worth more than the outlier threshold also earns a share of the excess"));
        assertEquals(kr("57646.97"), pricing.total());
    }

    @Test
    void a_contact_of_a_kind_the_bundle_excludes_is_priced_per_contact() {
        Pathway pathway = pathway("excluded",
                contact("S").on("2024-03-01").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-SURGERY"),
                contact("K").on("2024-03-20").kind(ContactKind.COLLABORATION_MEETING).setting(no.pathfin.domain.Setting.PHV)
                        .group("PHV-COLLAB"));

        PathwayPricing pricing = bundle(pathway, "isf-2024");

        assertEquals(kr("459.38"), pricing.line("K").amount());
        assertTrue(fired(pricing.line("K")).contains("A contact of a kind or setting the bundle excludes is priced per contact"));
        assertEquals(kr("44208.38"), pricing.total()); // 43 749.00 + 459.38
    }

    @Test
    void a_procedure_code_alone_triggers_the_bundle() {
        Pathway pathway = pathway("by-procedure",
                contact("S").on("2024-03-01").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-REVISION").procedure("NFB20"),
                contact("K").on("2024-04-01"));

        PathwayPricing pricing = bundle(pathway, "isf-2024");

        assertEquals(kr("43749.00"), pricing.total());
    }

    @Test
    void a_pathway_without_a_trigger_is_priced_per_contact_under_the_bundle_model() {
        Pathway pathway = fixture("mental-health-ambulant-team");

        assertEquals(perContact(pathway, "isf-2024").total(), bundle(pathway, "isf-2024").total());
    }

    @Test
    void a_second_operation_far_from_the_first_opens_a_second_episode() {
        Pathway pathway = pathway("two-hips",
                contact("S1").on("2024-01-10").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-SURGERY"),
                contact("S2").on("2024-09-10").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-SURGERY"));

        assertEquals(kr("87498.00"), bundle(pathway, "isf-2024").total()); // 2 × 43 749.00
    }

    @Test
    void a_mental_health_contact_inside_the_window_is_priced_per_contact_because_the_bundle_is_somatic_only() {
        Pathway pathway = pathway("mixed",
                contact("S").on("2024-03-01").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-SURGERY"),
                contact("P").on("2024-03-20").kind(ContactKind.ASSESSMENT).setting(no.pathfin.domain.Setting.PHV)
                        .by(no.pathfin.domain.PersonnelGroup.PSYCHOLOGIST).group("PHV-ASSESS"));

        PathwayPricing pricing = bundle(pathway, "isf-2024");

        assertEquals(kr("1102.50"), pricing.line("P").amount()); // 1.200 × 3 675 × 0.25, not covered
        assertEquals(kr("44851.50"), pricing.total()); // 43 749.00 + 1 102.50
    }
}
