package no.pathfin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.pricing.RuleRef;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.Tariff;
import org.junit.jupiter.api.Test;

class PricingRecordsTest {

    private static final RuleRef RULE = new RuleRef("rule", "regulation");

    private static Contact contact(String id) {
        return new Contact(id, LocalDate.of(2024, 1, 1), ContactKind.CONTROL, ContactMode.IN_PERSON, Setting.SOMATIC,
                false, PersonnelGroup.PHYSICIAN, Performer.HOSPITAL, "X", null, false, true);
    }

    @Test
    void the_isf_component_computes_weight_times_price_times_share_and_writes_it_out() {
        Component component = Component.isf("ISF", RULE, new Factor("w", new BigDecimal("0.040"), "s"),
                new Factor("p", new BigDecimal("52248"), "s"), new Factor("share", new BigDecimal("0.40"), "s"));

        assertEquals(0, new BigDecimal("835.968").compareTo(component.exact()));
        assertEquals(Money.of("835.97"), component.amount());
        assertEquals("0.040 × 52 248 × 0.40 = 835.97", component.formula());
    }

    @Test
    void a_line_whose_amount_is_not_the_sum_of_its_components_cannot_exist() {
        Component one = Component.bundlePrice(RULE, new Factor("price", new BigDecimal("10.00"), "basis"));

        assertThrows(IllegalArgumentException.class, () -> new PricedContact(contact("K"), "r", "h", "r", "h", List.of(RULE),
                List.of(one), Money.of("10.01"), List.of()));
        assertEquals(Money.of("10.00"), PricedContact.of(contact("K"), "r", "h", List.of(RULE), List.of(one), List.of()).amount());
    }

    @Test
    void a_pathway_needs_contacts_with_distinct_ids() {
        assertThrows(IllegalArgumentException.class, () -> new Pathway("p", "f", "v", "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Pathway("p", "f", "v", "", List.of(contact("K"), contact("K"))));
    }

    @Test
    void a_tariff_refuses_a_share_outside_zero_to_one_and_a_negative_price() {
        IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
                () -> tariff(BigDecimal.TEN, new BigDecimal("1.01")));
        assertEquals("the ISF share must be between 0 and 1: 1.01", share.getMessage());
        IllegalArgumentException price = assertThrows(IllegalArgumentException.class,
                () -> tariff(new BigDecimal("-1"), BigDecimal.ONE));
        assertEquals("the unit price must not be negative: -1", price.getMessage());
        assertEquals(BigDecimal.ONE, tariff(BigDecimal.TEN, BigDecimal.ONE).isfShare());
    }

    private static Tariff tariff(BigDecimal unitPrice, BigDecimal share) {
        Map<ParameterField, Object> values = new java.util.EnumMap<>(ParameterField.class);
        values.put(ParameterField.UNIT_PRICE, unitPrice);
        values.put(ParameterField.ISF_SHARE, share);
        values.put(ParameterField.AMBULANT_SUPPLEMENT_WEIGHT, BigDecimal.ZERO);
        values.put(ParameterField.ELIGIBLE_MODES, Set.of());
        values.put(ParameterField.ELIGIBLE_PERSONNEL, Set.of());
        values.put(ParameterField.VIDEO_PERSONNEL, Set.of());
        values.put(ParameterField.FINANCED_KINDS, Set.of());
        values.put(ParameterField.MUNICIPAL_KINDS, Set.of());
        return new Tariff(values, Map.of());
    }

    @Test
    void codes_are_written_in_lower_case_with_hyphens_and_read_back() {
        assertEquals("admission-with-surgery", Codes.of(ContactKind.ADMISSION_WITH_SURGERY));
        assertEquals(ContactMode.IN_PERSON, Codes.parse(ContactMode.class, "in-person"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Codes.parse(ContactMode.class, "letter"));
        assertEquals("unknown value 'letter'; expected one of in-person, video, phone", error.getMessage());
    }
}
