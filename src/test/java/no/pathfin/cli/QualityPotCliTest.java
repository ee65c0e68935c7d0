package no.pathfin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code quality-pot}: a rule set's pot shared among the trusts of an indicator table, each with its arithmetic. */
class QualityPotCliTest {

    @Test
    void isf_2020s_pot_is_shared_among_the_twenty_trusts_to_the_ore() {
        CliRun run = CliRun.of("quality-pot", "--rule-set", "isf-2020", "--indicators",
                "scenarios/quality-indicators-illustrative.csv");

        assertEquals(0, run.code(), run.err());
        // HF-AHUS: 566 400 000 × (0.5 × 71 / 1 276 + 0.3 × 70 / 1 426 + 0.2 × 69 / 1 453) = 29 478 523.3499… → .35
        assertTrue(run.out().contains("HF-AHUS: 566 400 000 × (0.5 × 71 / 1 276 + 0.3 × 70 / 1 426 + 0.2 × 69 / 1 453)"
                + " = 29 478 523.3499305107 → 29 478 523.35 (rounded down, + 1 øre: largest remainder)"), run.out());
        assertTrue(run.out().contains("total 566 400 000.00 kr over 20 trusts"), run.out());
        assertTrue(run.out().contains("(HIGH: Helsedirektoratet"), run.out());
    }

    @Test
    void a_rule_set_without_a_pot_is_a_bad_request_naming_the_option() {
        CliRun run = CliRun.of("quality-pot", "--rule-set", "isf-2019", "--indicators",
                "scenarios/quality-indicators-illustrative.csv");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("--rule-set: isf-2019 holds no quality pot"), run.err());
    }
}
