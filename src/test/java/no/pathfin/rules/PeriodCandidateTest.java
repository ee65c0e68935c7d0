package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.Money;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterDifference;
import no.pathfin.support.Contacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A candidate sets a period weight in its own periods.yaml, as it sets a bundle; attribution sees the difference. */
class PeriodCandidateTest {

    @TempDir
    Path temp;

    @Test
    void a_candidate_with_its_own_period_weight_inherits_the_other_period_payments_and_differs_in_that_weight_only()
            throws IOException {
        Path rules = RuleSetFiles.copyOfRules(temp);
        Path candidate = Files.createDirectories(rules.resolve("cheaper-dialysis"));
        Files.writeString(candidate.resolve("manifest.yaml"), "id: cheaper-dialysis\nextends: isf-2024\nstatus: scenario\n");
        Files.writeString(candidate.resolve("periods.yaml"), """
                periods:
                  - id: dialysis-tfg
                    description: "the dialysis-like group at a lower weight"
                    periodMonths: 4
                    groupCodes: [DIALYSIS]
                    setting: somatic
                    weight: 2.000
                    source: "ILLUSTRATIVE: a scenario to test"
                """);

        var ruleSets = DroolsRuleSets.load(rules);
        var cheaper = ruleSets.byId("cheaper-dialysis").orElseThrow();
        var base = ruleSets.byId("isf-2024").orElseThrow();
        var session = Contacts.pathway("s", contact("S").on("2024-03-04").kind(ContactKind.TREATMENT)
                .by(PersonnelGroup.NURSE).group("DIALYSIS"));
        PricePathway price = new PricePathway(ruleSets, DecisionCache.off());

        assertEquals(List.of("digital-home-follow-up", "dialysis-tfg"),
                cheaper.parameters().periods().stream().map(p -> p.id()).toList());
        assertEquals("cheaper-dialysis", cheaper.info().origins().get("periods.dialysis-tfg"));
        assertEquals("isf-2024", cheaper.info().origins().get("periods.digital-home-follow-up"));
        // 2.000 × 52 248 × 0.40 = 41 798.40 against 2.500 × 52 248 × 0.40 = 52 248.00
        assertEquals(Money.of("41798.40"), price.price(session, FinancingModel.PERIOD, "cheaper-dialysis").total());
        assertEquals(Money.of("52248.00"), price.price(session, FinancingModel.PERIOD, "isf-2024").total());
        List<ParameterDifference> differences = ParameterDifference.between(base.parameters(), cheaper.parameters());
        assertEquals(List.of("periods.dialysis-tfg.weight"), differences.stream().map(d -> d.path().toString()).toList());
        assertEquals("2.500 → 2.000", differences.get(0).description());
    }
}
