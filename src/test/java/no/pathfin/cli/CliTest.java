package no.pathfin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.pathfin.App;
import no.pathfin.adapter.cli.Cli;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.Pathfin;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over the real rules and fixtures. */
class CliTest {

    private static final Cli.Servers NO_SERVER = (pathfin, options) -> {
        throw new IllegalStateException("no server in this test");
    };
    private static final Cli.ActivityFiles NO_FILES = null;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run((rules, pathways, compileAll) -> TestPathfin.get(), NO_SERVER, NO_FILES, new PrintWriter(out),
                new PrintWriter(err), args);
    }

    private int runWithFiles(String... args) {
        return Cli.run((rules, pathways, compileAll) -> TestPathfin.get(), NO_SERVER, App.ACTIVITY_FILES,
                new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void impact_over_an_activity_file_prints_the_whole_money_by_hospital_and_refuses_fixture_options() {
        int code = runWithFiles("impact", "--baseline", "isf-2024", "--candidate", "isf-2025-plan", "--activity",
                "pathways/activity/sample-activity.csv");

        assertEquals(0, code, err.toString());
        String table = out.toString();
        // the sample's ISF falls by a quarter of its somatic part; share compensation leaves income −0.06 (rounding)
        assertEquals(java.util.List.of("ISF", "86 266.34", "66 307.56", "-19 958.78"), Columns.cells(table, "ISF"));
        assertEquals(java.util.List.of("income", "225 312.53", "225 312.47", "-0.06"), Columns.cells(table, "income"));
        // HF-AHUS: ISF 1 462.95 → 1 097.21 (−365.74), grant 2 194.42 → 2 560.15 (+365.73), income −0.01
        assertEquals(java.util.List.of("HF-AHUS", "2", "-365.74", "+365.73", "-0.01"), Columns.cells(table, "HF-AHUS"));
        assertTrue(table.contains("tariffs.somatic.isfShare"), table);

        out.getBuffer().setLength(0);
        int refused = runWithFiles("impact", "--baseline", "isf-2024", "--candidate", "isf-2025-plan", "--activity",
                "pathways/activity/sample-activity.csv", "--volume", "A=10");
        assertEquals(2, refused);
        assertTrue(err.toString().contains("--volume: the activity file is the population and the plan"), err.toString());
    }

    @Test
    void compare_prints_the_hip_variants_across_rule_sets_and_models() {
        int code = run("compare", "hip-replacement", "--variants", "A,B,C");

        assertEquals(0, code, err.toString());
        String table = out.toString();
        assertTrue(table.contains("43 888.33"), table); // A, isf-2024, per contact
        assertTrue(table.contains("46 477.08"), table); // bundle, isf-2019
        assertTrue(table.contains("+208.99"), table); // C − A under isf-2024
    }

    @Test
    void compare_with_money_prints_block_grant_income_cost_and_margin_over_the_plan_it_names() {
        int code = run("compare", "hip-replacement", "--variants", "A,B,C", "--rule-sets", "isf-2024",
                "--models", "per-contact", "--volume", "A=3600", "--volume", "B=3150", "--volume", "C=2250");

        assertEquals(0, code, err.toString());
        String table = out.toString();
        assertTrue(table.contains("the volumes given: 3 600 × hip-replacement-A"), table);
        // (1 − 0.40) × 52 248 × 18 828 / 9 000 = 65 581.6896 → 65 581.69 a planned pathway
        assertTrue(table.contains("block grant 65 581.69 per planned pathway"), table);
        // B: 43 261.35 + 65 581.69 = 108 843.04; cost 106 821.04; margin 2 022.00
        assertEquals(java.util.List.of("B", "43 261.35", "65 581.69", "108 843.04", "106 821.04", "2 022.00"),
                Columns.cells(table.substring(table.indexOf("The whole money")), "B").subList(0, 6));
        assertTrue(table.contains("ASSUMPTION"), table);
    }

    @Test
    void compare_as_json_carries_every_cell_with_its_lines() throws Exception {
        int code = run("compare", "hip-replacement", "--variants", "A,B,C", "--rule-sets", "isf-2024",
                "--models", "per-contact,bundle", "--json");

        assertEquals(0, code, err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(6, json.get("cells").size());
        JsonNode first = json.get("cells").get(0);
        assertEquals("hip-replacement-A", first.get("pathwayId").asText());
        assertEquals("per-contact", first.get("model").asText());
        assertEquals("43888.33", first.get("total").decimalValue().toPlainString());
        assertEquals(4, first.get("lines").size());
    }

    @Test
    void price_shows_every_contact_with_its_formula_or_reason() {
        int code = run("price", "hip-replacement-C", "--rule-set", "isf-2019");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("0.040 × 44 618 × 0.50 = 892.36"), out.toString());
        assertTrue(out.toString().contains("phone consultations are not financed in somatic care under isf-2019"));
    }

    @Test
    void price_under_the_period_model_shows_the_period_payment_and_what_it_covers() {
        int code = run("price", "chronic-dialysis-like", "--rule-set", "isf-2024", "--model", "period");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("2.5 × 52 248 × 0.4 = 52 248.00")
                || out.toString().contains("2.500 × 52 248 × 0.40 = 52 248.00"), out.toString());
        assertTrue(out.toString().contains("covered by the period payment dialysis-tfg for 2024 tertial 1 (Jan–Apr)"
                + " carried by contact K1"), out.toString());
        assertTrue(out.toString().contains("104 496.00"), out.toString());
    }

    @Test
    void reprice_refuses_the_period_model_saying_why() {
        assertEquals(2, run("reprice", "--activity", "pathways/activity/sample-activity.csv", "--baseline",
                "isf-2024:period", "--candidate", "isf-2025-plan", "--out", "target/period-refused"));
        assertTrue(err.toString().contains("period payments are not repriced over a year of activity"), err.toString());
    }

    @Test
    void an_unknown_family_or_model_is_a_usage_error_naming_what_is_wrong() {
        assertEquals(2, run("compare", "knee-replacement"));
        assertTrue(err.toString().contains("no pathway family 'knee-replacement'"), err.toString());
        assertEquals(2, run("compare", "hip-replacement", "--models", "capitation"));
        assertTrue(err.toString().contains("unknown value 'capitation'"), err.toString());
    }

    @Test
    void serve_refuses_to_start_on_a_rule_set_that_does_not_compile_naming_file_and_line(@TempDir Path temp)
            throws Exception {
        Path rules = no.pathfin.support.TestFiles.rules(temp);
        Path drl = rules.resolve("common/ambulant.drl");
        Files.writeString(drl, Files.readString(drl).replace("then", "then oops("));
        boolean[] started = {false};

        int code = Cli.run((r, p, compileAll) -> Pathfin.of(DroolsRuleSets.load(r), JsonPathwayCatalog.load(p)),
                (pathfin, options) -> {
                    started[0] = true;
                    throw new AssertionError("must not start");
                }, NO_FILES, new PrintWriter(out), new PrintWriter(err), "serve", "--port", "0", "--rules", rules.toString());

        assertEquals(1, code);
        assertEquals(false, started[0]);
        assertTrue(err.toString().contains("rules/common/ambulant.drl, line "), err.toString());
    }
}
