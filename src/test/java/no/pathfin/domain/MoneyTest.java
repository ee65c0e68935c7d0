package no.pathfin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void an_exact_amount_is_rounded_half_up_to_whole_ore() {
        assertEquals(Money.of("835.97"), Money.rounded(new BigDecimal("835.968")));
        assertEquals(Money.of("275.63"), Money.rounded(new BigDecimal("275.625")));
        assertEquals(Money.of("275.62"), Money.rounded(new BigDecimal("275.6249")));
        assertEquals(Money.of("-0.01"), Money.rounded(new BigDecimal("-0.005")));
    }

    @Test
    void money_never_silently_drops_precision() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.005"));
        assertEquals(Money.of("1.5"), Money.of("1.50"));
    }

    @Test
    void sums_are_exact() {
        Money total = List.of("0.10", "0.20", "0.30").stream().map(Money::of).reduce(Money.ZERO, Money::plus);

        assertEquals(Money.of("0.60"), total);
        assertEquals("0.60", total.toString());
    }

    @Test
    void kroner_are_written_grouped_by_thousands() {
        assertEquals("52 248", Numbers.grouped(new BigDecimal("52248")));
        assertEquals("1 234 567.89", Numbers.grouped(new BigDecimal("1234567.89")));
        assertEquals("-669.27", Numbers.grouped(new BigDecimal("-669.27")));
        assertEquals("65 623.50", Numbers.grouped(new BigDecimal("65623.500")));
    }
}
