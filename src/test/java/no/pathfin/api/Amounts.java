package no.pathfin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** An amount in a response, compared as a number (90.0 is 90.00). */
final class Amounts {

    private Amounts() {
    }

    static void assertAmount(String expected, JsonNode actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), expected + " vs " + actual);
    }
}
