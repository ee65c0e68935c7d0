package no.pathfin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code risk} on the command line, worked by hand for a hospital whose episodes are half hip variant A and half
 * variant D (its first control by phone, which earns nothing per contact), two a year, under isf-2024.
 */
class RiskCliTest {

    private static final String HALVES = "hip-replacement-A=0.5,hip-replacement-D-check-call=0.5";

    @Test
    void the_year_of_each_design_is_printed_with_each_episode_and_the_sensitivity() {
        CliRun run = CliRun.of("risk", "--mix", HALVES, "--episodes", "2", "--vary",
                "bundles.hip-replacement-bundle.price=40000,43749");

        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("2 episodes a year under isf-2024, drawn from hip-replacement-A 50 %,"
                + " hip-replacement-D-check-call 50 %"), out);
        assertTrue(out.contains("Exact: every way the year can fall"), out);
        // A earns 43 888.33 per contact, D 43 261.35; in the bundle both earn its price, 43 749.00
        assertTrue(out.contains("per-contact  hip-replacement-A              50 %      43 888.33"), out);
        assertTrue(out.contains("per-contact  hip-replacement-D-check-call   50 %      43 261.35"), out);
        assertTrue(out.contains("bundle       hip-replacement-D-check-call   50 %      43 749.00"), out);
        // per contact the incomes differ by 626.98: sd √2 × 626.98 / 2 = 443.34; the bundle's year cannot vary: 0.00
        String perContact = line(out, "per-contact  per-contact");
        assertTrue(perContact.contains(" 443.34 "), perContact);
        String bundle = line(out, "bundle       bundle");
        assertTrue(bundle.contains(" 0.00 "), bundle);
        assertTrue(out.contains("Sensitivity of bundle to bundles.hip-replacement-bundle.price:"), out);
        // at 40 000 each of the 2 episodes earns 3 749.00 less than at 43 749: the mean income falls by 7 498.00
        String low = line(out, "40 000 ");
        String own = line(out, "43 749 ");
        java.math.BigDecimal lowMean = new java.math.BigDecimal(low.split("  +")[1].trim().replace(" ", ""));
        java.math.BigDecimal ownMean = new java.math.BigDecimal(own.split("  +")[1].trim().replace(" ", ""));
        assertEquals(0, new java.math.BigDecimal("7498.00").compareTo(ownMean.subtract(lowMean)), low + " / " + own);
    }

    @Test
    void a_design_or_a_parameter_written_wrong_is_a_usage_error_naming_the_option() {
        CliRun model = CliRun.of("risk", "--mix", HALVES, "--episodes", "2", "--design", "x=capitation");
        assertEquals(2, model.code());
        assertTrue(model.err().contains("--design"), model.err());

        CliRun path = CliRun.of("risk", "--mix", HALVES, "--episodes", "2", "--vary", "bundles.hip-replacement-bundle.colour=1");
        assertEquals(2, path.code());
        assertTrue(path.err().contains("--vary") && path.err().contains("is not a parameter"), path.err());

        CliRun shares = CliRun.of("risk", "--mix", "hip-replacement-A=0.5,hip-replacement-D-check-call=0.4", "--episodes", "2");
        assertEquals(2, shares.code());
        assertTrue(shares.err().contains("add up to 1, not 0.9"), shares.err());
    }

    private static String line(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in " + out));
    }
}
