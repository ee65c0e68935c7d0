package no.pathfin.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.application.Pathfin;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.support.Changes;
import no.pathfin.domain.workbench.Attribution;
import no.pathfin.domain.workbench.Impact;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Impact of a rule change over the fixtures, and the attribution of the difference to what changed. */
class ImpactTest {

    @TempDir
    Path temp;

    private static List<Pathway> fixtures() {
        return TestPathfin.get().pathways().all().stream().map(PathwayFixture::pathway).toList();
    }

    private static Impact assess(String baseline, String candidate, ParameterChanges overrides) {
        return TestPathfin.get().assessRuleChange().assess(baseline, candidate, overrides, fixtures(),
                FinancingModel.PER_CONTACT);
    }

    /** Every fixture priced per contact under isf-2024 with the given parameter changes. */
    private static Money fixturesTotal(ParameterChanges changes) {
        return fixtures().stream().map(p -> TestPathfin.get().pricePathway().price(p, FinancingModel.PER_CONTACT,
                "isf-2024", changes).total()).reduce(Money.ZERO, Money::plus);
    }

    private static long ore(Money money) {
        return money.kroner().movePointRight(2).longValueExact();
    }

    private static Money kroner(long ore) {
        return new Money(java.math.BigDecimal.valueOf(ore, 2));
    }

    private static Money sum(Attribution.Result attribution) {
        return attribution.contributions().stream().map(Attribution.Contribution::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void an_unchanged_candidate_gives_zero_everywhere() {
        Impact impact = assess("isf-2024", "isf-2024", ParameterChanges.NONE);

        assertEquals(Money.ZERO, impact.summary().difference());
        assertTrue(impact.pathways().stream().allMatch(p -> p.difference().isZero()));
        assertTrue(impact.pathways().stream().flatMap(p -> p.contacts().stream()).allMatch(c -> c.difference().isZero()));
        assertEquals(List.of(), impact.attribution().contributions());
        assertEquals(List.of(), impact.rulesChanged());
        assertEquals(fixtures().size(), impact.summary().unchanged());
    }

    @Test
    void the_attribution_sums_exactly_to_the_total_difference_and_names_each_change() {
        Impact impact = assess("isf-2024", "candidate-2025-package", ParameterChanges.NONE);

        assertEquals(impact.summary().difference(), impact.attribution().total());
        assertEquals(impact.summary().difference(), sum(impact.attribution()));
        Map<String, Money> by = new java.util.HashMap<>();
        impact.attribution().contributions().forEach(c -> by.put(c.item(), c.amount()));
        assertEquals(java.util.Set.of("tariffs.somatic.isfShare", "tariffs.phv.eligibleModes", "weights.ORT-CONTROL"),
                by.keySet());
        // the phone session M7 (1.000 × 3 675 × 0.25) is the only thing the PHV change moves, whatever the order
        assertEquals(Money.of("918.75"), by.get("tariffs.phv.eligibleModes"));
        // The share and the ORT-CONTROL weight interact (the share multiplies the weight); the PHV item touches no
        // somatic line and adds the same 918.75 to every mix. So over all three items, the Shapley value of the share
        // (or the weight) is the mean of its marginal effect with the other item off and with it on. T(share, weight)
        // is every fixture priced per contact under isf-2024 with those values, as the attribution prices them.
        ParameterChanges share = Changes.share(Setting.SOMATIC, "0.30");
        ParameterChanges weight = Changes.weight("ORT-CONTROL", "0.035");
        // Each total is the fixtures before the period payments and the special hip cases (365 367.48, 276 598.09,
        // 366 307.89, 277 303.42), plus the two special hip cases (fast-track day surgery and unrelated surgery:
        // 103 242.06, 77 431.54, 103 451.04, 77 588.28), plus hip G (44 515.31, 33 386.49, 44 619.80, 33 464.86), plus
        // the dialysis-like series (6 × 1 044.96 = 6 269.76 at 0.40; 6 × 783.72 = 4 702.32 at 0.30):
        long t40w30 = ore(fixturesTotal(ParameterChanges.NONE)); // 468 609.54 + 44 515.31 + 6 269.76 = 519 394.61
        long t30w30 = ore(fixturesTotal(share)); // 354 029.63 + 33 386.49 + 4 702.32 = 392 118.44
        long t40w35 = ore(fixturesTotal(weight)); // 469 758.93 + 44 619.80 + 6 269.76 = 520 648.49
        long t30w35 = ore(fixturesTotal(share.plus(weight))); // 354 891.70 + 33 464.86 + 4 702.32 = 393 058.88
        // share:  ½ × [(392 118.44 − 519 394.61) + (393 058.88 − 520 648.49)] = ½ × (−127 276.17 − 127 589.61) = −127 432.89
        long shareTwice = (t30w30 - t40w30) + (t30w35 - t40w35);
        // weight: ½ × [(520 648.49 − 519 394.61) + (393 058.88 − 392 118.44)] = ½ × (1 253.88 + 940.44) = 1 097.16
        long weightTwice = (t40w35 - t40w30) + (t30w35 - t30w30);
        // Attribution keeps each Shapley value exact (12 decimals), floors it to whole øre and gives the øre the total
        // still lacks to the largest remainders. Both sums are an even number of øre, so both values are whole øre
        // and nothing is moved; an odd sum would leave ½ øre, and the value could then land on either neighbour.
        assertEquals(0, shareTwice % 2, "the share's value is whole øre");
        assertEquals(0, weightTwice % 2, "the weight's value is whole øre");
        assertEquals(Money.of("-127432.89"), kroner(shareTwice / 2));
        assertEquals(kroner(shareTwice / 2), by.get("tariffs.somatic.isfShare"));
        assertEquals(Money.of("1097.16"), kroner(weightTwice / 2));
        assertEquals(kroner(weightTwice / 2), by.get("weights.ORT-CONTROL"));
        // −127 432.89 + 918.75 + 1 097.16 = −125 416.98
        assertEquals(Money.of("-125416.98"), impact.summary().difference());
        for (Impact.PathwayImpact p : impact.pathways()) {
            assertEquals(p.difference(), p.contacts().stream().map(Impact.ContactImpact::difference)
                    .reduce(Money.ZERO, Money::plus), p.pathwayId());
        }
        assertEquals(1, impact.rulesChanged().size());
        assertEquals("M7", impact.rulesChanged().get(0).contactId());
    }

    @Test
    void a_change_of_one_weight_moves_only_the_pathways_that_use_that_group() {
        ParameterChanges weight = Changes.weight("ORT-ASSESS", "0.050");

        Impact impact = assess("isf-2024", null, weight);

        for (Impact.PathwayImpact p : impact.pathways()) {
            boolean uses = TestPathfin.get().pathways().byId(p.pathwayId()).orElseThrow().pathway().contacts().stream()
                    .anyMatch(c -> c.groupCode().equals("ORT-ASSESS"));
            assertEquals(uses, !p.difference().isZero(), p.pathwayId());
        }
        assertEquals(1, impact.attribution().contributions().size());
        assertEquals(impact.summary().difference(), impact.attribution().contributions().get(0).amount());
        // hip C has two assessments: 2 × (0.050 − 0.040) × 52 248 × 0.40 = 417.98
        assertEquals(Money.of("417.98"), impact.pathways().stream().filter(p -> p.pathwayId().equals("hip-replacement-C"))
                .findFirst().orElseThrow().difference());
    }

    @Test
    void a_change_of_rules_is_attributed_to_the_rules_beside_the_parameters() throws Exception {
        Path rules = no.pathfin.support.TestFiles.rules(temp);
        Path candidate = Files.createDirectories(rules.resolve("strict-video"));
        Files.writeString(candidate.resolve("manifest.yaml"), "id: strict-video\nextends: isf-2024\nstatus: scenario\n");
        Files.writeString(candidate.resolve("parameters.yaml"), "tariffs:\n  somatic:\n    isfShare: 0.35\n");
        // this candidate's eligibility rules refuse every video consultation
        Files.writeString(candidate.resolve("eligibility.drl"), Files.readString(rules.resolve("common/eligibility.drl"))
                .replace("videoPersonnel not contains $c.personnel", "videoPersonnel != null"));
        Pathfin pathfin = Pathfin.of(DroolsRuleSets.load(rules), JsonPathwayCatalog.load(Path.of("pathways")));

        Impact impact = pathfin.assessRuleChange().assess("isf-2024", "strict-video", ParameterChanges.NONE,
                pathfin.pathways().all().stream().map(PathwayFixture::pathway).toList(), FinancingModel.PER_CONTACT);

        List<String> items = impact.attribution().contributions().stream().map(Attribution.Contribution::item).toList();
        assertEquals(List.of("tariffs.somatic.isfShare", "rules"), items);
        assertEquals(impact.summary().difference(), sum(impact.attribution()));
        assertTrue(impact.rulesChanged().stream().anyMatch(r -> r.contactId().equals("B3")), impact.rulesChanged().toString());
    }
}
