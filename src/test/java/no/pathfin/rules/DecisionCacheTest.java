package no.pathfin.rules;

import static no.pathfin.support.Contacts.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.support.Contacts;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * Decisions are kept by rule set, parameters and profile or episode shape. Pricing through a kept decision must give
 * the same lines, rules and amounts as pricing every contact through the rules, whatever was priced before.
 */
class DecisionCacheTest {

    private static final List<String> RULE_SETS = List.of("isf-2018", "isf-2019", "isf-2020", "isf-2024",
            "isf-2025-plan", "candidate-2025-package", "candidate-2025-bundle-designs");

    private final PricePathway kept = new PricePathway(TestPathfin.get().ruleSets(), DecisionCache.bounded(1_000));
    private final PricePathway fresh = new PricePathway(TestPathfin.get().ruleSets(), DecisionCache.off());

    @Test
    void kept_and_fresh_decisions_agree_on_every_line_of_every_fixture_in_every_rule_set_and_model() {
        for (int round = 0; round < 2; round++) {
            for (PathwayFixture fixture : TestPathfin.get().pathways().all()) {
                for (String ruleSet : RULE_SETS) {
                    for (FinancingModel model : FinancingModel.values()) {
                        assertEquals(lines(fresh.price(fixture.pathway(), model, ruleSet)),
                                lines(kept.price(fixture.pathway(), model, ruleSet)),
                                fixture.file() + " " + ruleSet + " " + model + " round " + round);
                    }
                }
            }
        }
    }

    @Test
    void a_procedure_code_written_like_another_episode_does_not_make_the_two_episodes_alike() {
        // joined as text (kind|setting|group|procedure|day|anchorable|value;…) these two episodes read the same
        Pathway disguised = Contacts.pathway("w",
                contact("w1").procedure("Y|0|true|626.98;CONTROL|SOMATIC|ORT-CONTROL|Z"),
                contact("w2").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-SURGERY").procedure("NFB40"));
        Pathway hip = Contacts.pathway("h", contact("h1").procedure("Y"), contact("h2").procedure("Z"),
                contact("h3").kind(ContactKind.ADMISSION_WITH_SURGERY).group("HIP-SURGERY").procedure("NFB40"));

        Money first = kept.price(disguised, FinancingModel.BUNDLE, "isf-2024").total();
        PathwayPricing after = kept.price(hip, FinancingModel.BUNDLE, "isf-2024");

        // both are one hip bundle: the anchor earns the isf-2024 price, 43 749.00, and covers the controls
        assertEquals(Money.of("43749.00"), first);
        assertEquals(Money.of("43749.00"), after.total());
        assertEquals(Money.of("43749.00"), after.line("h3").amount());
        assertEquals(lines(fresh.price(hip, FinancingModel.BUNDLE, "isf-2024")), lines(after));
    }

    @Test
    void overrides_that_restate_a_value_are_decided_apart_from_the_rule_sets_own_parameters() {
        Pathway a = TestPathfin.get().pathways().byId("hip-replacement-A").orElseThrow().pathway();
        PathwayPricing own = kept.price(a, FinancingModel.PER_CONTACT, "isf-2024");
        PathwayPricing restated = kept.price(a, FinancingModel.PER_CONTACT, "isf-2024",
                no.pathfin.support.Changes.share(no.pathfin.domain.Setting.SOMATIC, "0.40"));

        assertEquals(own.total(), restated.total());
        // the restated share is an override, and its line says so: it was not taken from the rule set's own decisions
        assertEquals("override in this request (rule set value 0.40)",
                restated.line("A1").components().get(0).factors().get(2).source());
        assertEquals("HIGH: Helsedirektoratet, ISF 2024 share 40 %",
                own.line("A1").components().get(0).factors().get(2).source());
    }

    private static List<String> lines(PathwayPricing pricing) {
        return pricing.lines().stream().map(DecisionCacheTest::line).toList();
    }

    private static String line(PricedContact l) {
        return l.contact().id() + " " + l.amount() + " " + l.ruleSetId() + " " + l.ruleSetHash() + " "
                + l.rulesFired().stream().map(r -> r.name()).toList() + " "
                + l.components().stream().map(c -> c.label() + "=" + c.amount() + " " + c.formula() + " "
                        + c.factors()).toList() + " " + l.notes();
    }
}
