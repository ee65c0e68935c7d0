package no.pathfin.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.application.workbench.ShiftChannels;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.workbench.ChannelShift;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** Channel shifts: rewriting a pathway set and pricing it before and after. */
class ChannelShiftTest {

    private static List<Pathway> family(String name) {
        return TestPathfin.get().pathways().family(name).stream().map(PathwayFixture::pathway).toList();
    }

    @Test
    void a_share_of_in_person_controls_moves_to_video_evenly_and_deterministically() {
        ChannelShift shift = new ChannelShift(ContactKind.CONTROL, null, ContactMode.IN_PERSON, ContactMode.VIDEO,
                new BigDecimal("0.30"), null);

        ChannelShift.Result result = shift.apply(family("hip-replacement"));

        // in-person controls A3, A4, D4, E3, E4, F4, G3: ⌊0.30 × 7⌋ = 2 move, the 4th (E3) and the 7th (G3)
        assertEquals(7, result.matching());
        assertEquals(2, result.moved());
        Pathway e = result.pathways().stream().filter(p -> p.id().endsWith("E-one-year-control")).findFirst().orElseThrow();
        assertEquals(ContactMode.VIDEO, e.contacts().get(2).mode());
        assertEquals(ContactMode.IN_PERSON, e.contacts().get(3).mode());
        Pathway g = result.pathways().stream().filter(p -> p.id().endsWith("G-digital-follow-up")).findFirst().orElseThrow();
        assertEquals(ContactMode.VIDEO, g.contacts().get(2).mode());
        assertEquals(result, shift.apply(family("hip-replacement")));
    }

    @Test
    void video_earns_like_a_visit_so_moving_controls_to_video_changes_nothing_from_2019() {
        ShiftChannels.Result result = TestPathfin.get().shiftChannels().price(family("hip-replacement"),
                new ChannelShift(ContactKind.CONTROL, null, ContactMode.IN_PERSON, ContactMode.VIDEO, BigDecimal.ONE, null),
                List.of("isf-2019", "isf-2024"), List.of(FinancingModel.PER_CONTACT, FinancingModel.BUNDLE));

        assertEquals(7, result.moved()); // A3, A4, D4, E3, E4, F4, G3
        result.outcomes().forEach(o -> assertEquals(Money.ZERO, o.difference(), o.ruleSet() + " " + o.model()));
    }

    @Test
    void replacing_the_second_assessment_by_a_phone_call_costs_its_revenue_in_2019_and_nothing_from_2020() {
        List<Pathway> c = List.of(TestPathfin.get().pathways().byId("hip-replacement-C").orElseThrow().pathway());
        ShiftChannels.Result result = TestPathfin.get().shiftChannels().price(c,
                new ChannelShift(ContactKind.ASSESSMENT, null, null, ContactMode.PHONE, null, 2),
                List.of("isf-2019", "isf-2024"), List.of(FinancingModel.PER_CONTACT));

        assertEquals(1, result.moved());
        assertEquals(Money.of("-892.36"), result.outcomes().get(0).difference()); // 0.040 × 44 618 × 0.50 no longer paid
        assertEquals(Money.ZERO, result.outcomes().get(1).difference()); // a qualifying phone consultation from 2020
    }

    @Test
    void a_shift_needs_a_target_mode_and_either_a_share_or_an_occurrence() {
        assertThrows(IllegalArgumentException.class, () -> new ChannelShift(null, null, null, null, BigDecimal.ONE, null));
        assertThrows(IllegalArgumentException.class, () -> new ChannelShift(null, null, null, ContactMode.VIDEO, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ChannelShift(null, null, null, ContactMode.VIDEO, new BigDecimal("1.5"), null));
    }
}
