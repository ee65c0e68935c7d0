package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.support.Contacts;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidate rule sets hold only what differs from the rule set they extend; resolution is visible. */
class CandidateRuleSetTest {

    @TempDir
    Path temp;

    @Test
    void a_candidate_inherits_what_it_does_not_change_and_says_where_each_value_came_from() {
        RuleSet candidate = TestPathfin.get().ruleSets().byId("candidate-2025-package").orElseThrow();

        assertEquals("isf-2024", candidate.info().base());
        assertEquals(0, new BigDecimal("0.30").compareTo(candidate.parameters().tariff(Setting.SOMATIC).isfShare()));
        assertEquals(0, new BigDecimal("52248").compareTo(candidate.parameters().tariff(Setting.SOMATIC).unitPrice()));
        assertEquals("candidate-2025-package", candidate.info().origins().get("tariffs.somatic.isfShare"));
        assertEquals("isf-2024", candidate.info().origins().get("tariffs.somatic.unitPrice"));
        assertEquals("candidate-2025-package", candidate.info().origins().get("weights.ORT-CONTROL"));
        assertEquals("isf-2024", candidate.info().origins().get("weights.HIP-SURGERY"));
        assertEquals("isf-2024", candidate.info().origins().get("bundles.hip-replacement-bundle"));
        assertTrue(candidate.parameters().tariff(Setting.SOMATIC).sourceOf("isfShare").startsWith("PLAN"));
        assertTrue(candidate.parameters().tariff(Setting.SOMATIC).sourceOf("unitPrice").contains("52 248"));
        assertNull(TestPathfin.get().ruleSets().byId("isf-2024").orElseThrow().info().base());
    }

    @Test
    void the_phone_candidate_finances_a_qualifying_phone_session_in_mental_health() {
        Contacts phone = contact("T").setting(Setting.PHV).group("PHV-TREAT").mode(ContactMode.PHONE).replacingAPlannedVisit();

        assertEquals(Money.ZERO, no.pathfin.support.Pricing.line(phone, "isf-2024").amount());
        assertEquals(Money.of("918.75"), no.pathfin.support.Pricing.line(phone, "isf-2024-phone-in-mental-health").amount());
    }

    @Test
    void a_candidate_may_add_or_replace_drl_files_by_name() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path candidate = Files.createDirectories(rules.resolve("no-collaboration"));
        Files.writeString(candidate.resolve("manifest.yaml"), "id: no-collaboration\nextends: isf-2024\nstatus: scenario\n");
        // same file name as rules/common/collaboration.drl: replaces it in this candidate only, refusing every kind
        Files.writeString(candidate.resolve("collaboration.drl"), Files.readString(rules.resolve("common/collaboration.drl"))
                .replace("financedKinds not contains $c.kind)", "financedKinds != null)"));

        var ruleSets = DroolsRuleSets.load(rules);
        var meeting = Contacts.pathway("m", contact("M").kind(no.pathfin.domain.ContactKind.COLLABORATION_MEETING)
                .setting(Setting.PHV).group("PHV-COLLAB"));
        PricePathway price = new PricePathway(ruleSets, DecisionCache.off());

        assertEquals(Money.of("459.38"), price.price(meeting, FinancingModel.PER_CONTACT, "isf-2024").total());
        assertEquals(Money.ZERO, price.price(meeting, FinancingModel.PER_CONTACT, "no-collaboration").total());
        assertEquals("no-collaboration", ruleSets.byId("no-collaboration").orElseThrow().info().origins()
                .get("rules.collaboration.drl"));
    }

    @Test
    void a_candidate_that_extends_nothing_known_or_itself_is_refused_naming_the_file() throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path orphan = Files.createDirectories(rules.resolve("orphan"));
        Files.writeString(orphan.resolve("manifest.yaml"), "id: orphan\nextends: isf-1999\nstatus: scenario\n");

        DataFileException unknown = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));
        assertEquals(rules.getFileName() + "/orphan/manifest.yaml", unknown.file());
        assertTrue(unknown.getMessage().contains("extends 'isf-1999'"), unknown.getMessage());

        Files.writeString(orphan.resolve("manifest.yaml"), "id: orphan\nextends: orphan\nstatus: scenario\n");
        DataFileException cycle = assertThrows(DataFileException.class, () -> DroolsRuleSets.load(rules));
        assertTrue(cycle.getMessage().contains("extends itself"), cycle.getMessage());
    }
}
