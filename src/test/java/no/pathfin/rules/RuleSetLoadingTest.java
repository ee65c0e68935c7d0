package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static no.pathfin.support.Contacts.pathway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.Money;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.RuleSetStatus;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading rule-set folders: what a broken file says, and official tables dropped in without code changes. */
class RuleSetLoadingTest {

    @TempDir
    Path temp;

    @Test
    void the_shipped_rule_sets_load_with_status_validity_and_a_content_hash() {
        var ruleSets = TestPathfin.get().ruleSets();

        assertEquals(java.util.List.of("isf-2018", "isf-2019", "isf-2020", "isf-2023", "candidate-2025-bundle-designs", "candidate-2025-package", "isf-2024",
                        "isf-2024-phone-in-mental-health", "isf-2025-plan"),
                ruleSets.all().stream().map(r -> r.info().id()).toList());
        assertEquals(RuleSetStatus.SCENARIO, ruleSets.byId("isf-2025-plan").orElseThrow().info().status());
        assertTrue(ruleSets.byId("isf-2025-plan").orElseThrow().info().description().startsWith("SCENARIO"));
        assertEquals(RuleSetStatus.FINAL, ruleSets.byId("isf-2024").orElseThrow().info().status());
    }

    @Test
    void a_drl_that_does_not_compile_is_reported_with_file_and_line() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("common/phone.drl");
        Files.writeString(drl, Files.readString(drl).replace("replacesPlannedVisit == false)", "replacesPlannedVisit == )"));

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertEquals(rules.getFileName() + "/common/phone.drl", error.file());
        assertEquals(14, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("DRL does not compile"), error.getMessage());
    }

    @Test
    void a_rule_that_reads_a_property_that_does_not_exist_is_reported_with_file_and_line() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("common/collaboration.drl");
        Files.writeString(drl, Files.readString(drl).replace("financedKinds not contains", "colour not contains"));

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertEquals(rules.getFileName() + "/common/collaboration.drl", error.file());
        assertEquals(15, error.line(), error.getMessage()); // the line of the pattern that reads it
        assertTrue(error.getMessage().contains("in rule \"A contact of a kind its setting does not finance earns nothing\""),
                error.getMessage());
    }

    @Test
    void a_malformed_weight_table_is_reported_with_file_line_and_column() throws IOException {
        Path rules = copyOfRules();
        Path csv = rules.resolve("isf-2024/weights.csv");
        Files.writeString(csv, Files.readString(csv).replace(",0.030,", ",0.03x,"));

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertEquals(rules.getFileName() + "/isf-2024/weights.csv", error.file());
        assertEquals(5, error.line());
        assertEquals(3, error.column());
    }

    @Test
    void an_unknown_parameter_is_reported_with_file_and_line() throws IOException {
        Path rules = copyOfRules();
        Path yaml = rules.resolve("isf-2020/parameters.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("    isfShare: 0.50", "    isfShare: 0.50\n    isfShere: 0.4"));

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertEquals(rules.getFileName() + "/isf-2020/parameters.yaml", error.file());
        assertEquals(10, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("tariffs.somatic.isfShere: unknown field"), error.getMessage());
    }

    @Test
    void a_negative_weight_is_refused_with_file_line_and_column() throws IOException {
        Path rules = copyOfRules();
        Path csv = rules.resolve("isf-2024/weights.csv");
        Files.writeString(csv, Files.readString(csv).replace(",0.030,", ",-0.030,"));

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertEquals(5, error.line());
        assertEquals(3, error.column());
        assertTrue(error.getMessage().contains("cost_weight must not be negative"), error.getMessage());
    }

    @Test
    void a_share_above_one_is_refused() throws IOException {
        Path rules = copyOfRules();
        Path yaml = rules.resolve("isf-2020/parameters.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("isfShare: 0.50", "isfShare: 50"));

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertTrue(error.getMessage().contains("ISF share must be between 0 and 1"), error.getMessage());
    }

    @Test
    void an_official_weight_list_in_spreadsheet_export_form_is_used_without_code_changes() throws IOException {
        Path rules = copyOfRules();
        // semicolons, decimal commas, extra columns, a different column order: what a spreadsheet export looks like
        Files.writeString(rules.resolve("isf-2024/official-drg-weights.csv"), """
                DRG;group_code;cost_weight;description;source;los_trim
                ;HIP-SURGERY;2,125;Hip prosthesis admission;Helsedirektoratet DRG list 2024 (example row);12
                ;HIP-REVISION;2,400;Hip revision;Helsedirektoratet DRG list 2024 (example row);14
                ;ORT-ASSESS;0,041;Orthopaedic assessment;Helsedirektoratet DRG list 2024 (example row);
                ;ORT-CONTROL;0,030;Orthopaedic control;Helsedirektoratet DRG list 2024 (example row);
                ;PHV-ASSESS;1,2;PHV assessment;x;
                ;PHV-TREAT;1;PHV treatment;x;
                ;PHV-COLLAB;0,5;PHV collaboration;x;
                ;TSB-ASSESS;1,2;TSB assessment;x;
                ;TSB-TREAT;1;TSB treatment;x;
                ;TSB-GROUP;0,4;TSB group;x;
                ;TSB-COLLAB;0,5;TSB collaboration;x;
                ;DIALYSIS;0,05;Dialysis session;x;
                ;DIGITAL-FOLLOW-UP;0,015;Digital home follow-up;x;
                ;SURG-STAY;2,2;Other surgical stays;x;
                """);
        Path manifest = rules.resolve("isf-2024/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("weights: weights.csv", "weights: official-drg-weights.csv"));

        var official = DroolsRuleSets.load(rules);
        var surgery = pathway("S", contact("S").group("HIP-SURGERY"));
        Money priced = new PricePathway(official, DecisionCache.off()).price(surgery, FinancingModel.PER_CONTACT, "isf-2024").total();

        assertEquals(Money.of("44410.80"), priced); // 2.125 × 52 248 × 0.40
        assertNotEquals(TestPathfin.get().ruleSets().byId("isf-2024").orElseThrow().info().contentHash(),
                official.byId("isf-2024").orElseThrow().info().contentHash());
    }

    @Test
    void a_weight_table_without_a_required_column_names_the_column() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("isf-2024/weights.csv"), "group_code,description,source\nX,y,z\n");

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertEquals(1, error.line());
        assertTrue(error.getMessage().contains("missing column 'cost_weight'"), error.getMessage());
    }

    @Test
    void two_final_rule_sets_for_the_same_dates_are_refused() throws IOException {
        Path rules = copyOfRules();
        Path manifest = rules.resolve("isf-2020/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("validTo: 2020-12-31", "validTo: 2024-06-30"));

        DataFileException error = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));

        assertTrue(error.getMessage().contains("overlaps isf-2020"), error.getMessage());
    }

    @Test
    void the_content_hash_changes_when_any_rule_changes() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("common/ambulant.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// a comment is a change too\n");

        String changed = DroolsRuleSets.load(rules).byId("isf-2018").orElseThrow().info().contentHash();

        assertNotEquals(TestPathfin.get().ruleSets().byId("isf-2018").orElseThrow().info().contentHash(), changed);
    }

    private Path copyOfRules() {
        return RuleSetFiles.copyOfRules(temp);
    }

}
