package no.pathfin.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.pathfin.application.Pathfin;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterPath;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** The risk of each design for a hospital doing hip replacements, over the real rules and fixtures. */
class AssessDesignRiskTest {

    private static final Pathfin PATHFIN = TestPathfin.get();
    private static final Map<String, BigDecimal> MIX = Map.of("hip-replacement-A", new BigDecimal("0.85"),
            "hip-replacement-D-check-call", new BigDecimal("0.10"), "hip-replacement-F-early-revision", new BigDecimal("0.05"));

    private static List<Pathway> hips() {
        return MIX.keySet().stream().sorted().map(id -> PATHFIN.selectPathways().byId(id, "mix")).toList();
    }

    private AssessDesignRisk.DesignRisk assess(int episodes) {
        return new AssessDesignRisk(PATHFIN.compareIncome()).assess(new Question("isf-2024", hips(), MIX,
                episodes, List.of(Design.of(FinancingModel.PER_CONTACT), Design.of(FinancingModel.BUNDLE)), null, 7));
    }

    @Test
    void each_episode_earns_what_the_comparison_gives_it_over_the_same_plan_and_the_year_is_their_sum() {
        AssessDesignRisk.DesignRisk risk = assess(200);
        var comparison = PATHFIN.compareIncome().compare(hips(), List.of("isf-2024"), List.of(FinancingModel.PER_CONTACT),
                "hip-replacement-A", ParameterChanges.NONE, Map.of("hip-replacement-A", 85L,
                        "hip-replacement-D-check-call", 10L, "hip-replacement-F-early-revision", 5L));
        AssessDesignRisk.DesignYear perContact = risk.designs().get(0);
        for (EpisodeType type : perContact.priced().episodes()) {
            var cell = comparison.comparison().cells().stream().filter(c -> c.pathwayId().equals(type.pathwayId())).findFirst().orElseThrow();
            assertEquals(comparison.money(cell).income(), type.income(), "the plan's scale does not matter: " + type.pathwayId());
        }
        // A's ISF under isf-2024 is 43 888.33 (pathways/hip-replacement/A.json); its income adds the block grant share
        EpisodeType a = perContact.priced().episodes().stream().filter(t -> t.pathwayId().equals("hip-replacement-A")).findFirst().orElseThrow();
        assertTrue(a.income().compareTo(Money.of("43888.33")) > 0);

        for (AssessDesignRisk.DesignYear design : risk.designs()) {
            BigDecimal perEpisode = design.priced().episodes().stream().map(t -> t.share().multiply(t.income().kroner()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(Money.rounded(perEpisode.multiply(BigDecimal.valueOf(200))), design.year().income().mean(),
                    "the mean year is 200 × the mix's mean episode, " + design.design().label());
            assertEquals("exact", design.year().method());
        }
    }

    @Test
    void the_bundle_moves_the_risk_of_an_early_revision_from_the_payer_to_the_hospital() {
        AssessDesignRisk.DesignRisk risk = assess(200);
        var perContact = risk.designs().get(0).year();
        var bundle = risk.designs().get(1).year();
        // per contact, a revision brings a second admission's ISF; in the bundle its outlier rule pays only a share of
        // the excess: the income varies less than the cost, so the margin spreads more
        assertTrue(bundle.income().standardDeviation().compareTo(perContact.income().standardDeviation()) < 0,
                bundle.income().standardDeviation() + " vs " + perContact.income().standardDeviation());
        assertTrue(bundle.margin().standardDeviation().compareTo(perContact.margin().standardDeviation()) > 0);
    }

    @Test
    void a_mix_whose_shares_do_not_add_up_is_refused_naming_the_mix() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new AssessDesignRisk(PATHFIN.compareIncome())
                .assess(new Question("isf-2024", hips(), Map.of("hip-replacement-A", new BigDecimal("0.85"),
                        "hip-replacement-D-check-call", new BigDecimal("0.10"), "hip-replacement-F-early-revision",
                        new BigDecimal("0.04")), 10, List.of(Design.of(FinancingModel.PER_CONTACT)), null, 1)));
        assertEquals("mix", e.field());
        assertTrue(e.getMessage().contains("add up to 1, not 0.99"), e.getMessage());
    }

    @Test
    void a_lower_bundle_price_lowers_every_year_by_the_price_cut_times_the_episodes_and_the_sensitivity_shows_it() {
        ParameterPath price = ParameterPath.bundle("hip-replacement-bundle", no.pathfin.domain.ruleset.ParameterField.BUNDLE_PRICE);
        Design cheaper = new Design("bundle at 40 000", FinancingModel.BUNDLE,
                ParameterChanges.of(price, new BigDecimal("40000.00")));
        AssessDesignRisk.DesignRisk risk = new AssessDesignRisk(PATHFIN.compareIncome()).assess(new Question(
                "isf-2024", hips(), MIX, 200, List.of(Design.of(FinancingModel.BUNDLE), cheaper),
                new Sensitivity("bundle", price, List.of(new BigDecimal("40000.00"), new BigDecimal("43749.00"))), 7));

        YearRisk asIs = risk.designs().get(0).year();
        YearRisk lower = risk.designs().get(1).year();
        // the block grant is set from the mix's points, which a bundle price does not change. Every episode anchors
        // one bundle and earns 43 749.00 − 40 000.00 = 3 749.00 less; but an early revision (F) is an outlier, paid
        // 0.5 × (value − 1.5 × price) on top, which grows by 0.5 × 1.5 × 3 749.00 = 2 811.75 as the price falls. Per
        // episode: 3 749.00 − 0.05 × 2 811.75 = 3 608.4125 less; a year of 200: 721 682.50 less
        assertEquals(asIs.income().mean().minus(Money.of("721682.50")), lower.income().mean());
        // a revision earns price + 0.5 × (value − 1.5 × price) = 0.5 × value + 0.25 × price, the others the price: the
        // gap, 0.5 × value − 0.75 × price, widens as the price falls, and the year spreads more
        assertTrue(lower.income().standardDeviation().compareTo(asIs.income().standardDeviation()) > 0,
                lower.income().standardDeviation() + " vs " + asIs.income().standardDeviation());
        assertTrue(lower.margin().probabilityBelowZero().compareTo(asIs.margin().probabilityBelowZero()) >= 0);

        AssessDesignRisk.SensitivityResult sensitivity = risk.sensitivity();
        assertEquals(2, sensitivity.points().size());
        assertEquals(lower, sensitivity.points().get(0).year(), "the varied design at 40 000 is the design priced at 40 000");
        assertEquals(asIs, sensitivity.points().get(1).year(), "at the rule set's own price it is the design itself");
    }

    @Test
    void a_sensitivity_of_a_design_not_asked_and_an_override_of_an_unknown_bundle_are_refused_naming_the_field() {
        AssessDesignRisk assess = new AssessDesignRisk(PATHFIN.compareIncome());
        ParameterPath price = ParameterPath.bundle("hip-replacement-bundle", no.pathfin.domain.ruleset.ParameterField.BUNDLE_PRICE);
        InvalidRequestException noDesign = assertThrows(InvalidRequestException.class, () -> assess.assess(
                new Question("isf-2024", hips(), MIX, 10, List.of(Design.of(FinancingModel.BUNDLE)),
                        new Sensitivity("corridor", price, List.of(BigDecimal.ONE)), 1)));
        assertEquals("sensitivity.design", noDesign.field());

        ParameterPath unknown = ParameterPath.bundle("knee-bundle", no.pathfin.domain.ruleset.ParameterField.BUNDLE_PRICE);
        InvalidRequestException noBundle = assertThrows(InvalidRequestException.class, () -> assess.assess(
                new Question("isf-2024", hips(), MIX, 10, List.of(Design.of(FinancingModel.PER_CONTACT),
                        new Design("knee", FinancingModel.BUNDLE, ParameterChanges.of(unknown, BigDecimal.ONE))), null, 1)));
        assertTrue(noBundle.field().startsWith("designs[1].overrides"), noBundle.field());
        assertTrue(noBundle.getMessage().contains("knee-bundle"), noBundle.getMessage());
    }

    @Test
    void a_corridor_lifts_a_revision_to_its_stop_loss_and_the_sensitivity_moves_it_with_the_stop_loss() {
        ParameterPath stopLoss = ParameterPath.bundle("hip-replacement-bundle",
                no.pathfin.domain.ruleset.ParameterField.BUNDLE_CORRIDOR_STOP_LOSS);
        ParameterPath stopGain = ParameterPath.bundle("hip-replacement-bundle",
                no.pathfin.domain.ruleset.ParameterField.BUNDLE_CORRIDOR_STOP_GAIN);
        Design corridor = new Design("bundle, 5 % corridor", FinancingModel.BUNDLE, ParameterChanges.of(stopLoss,
                new BigDecimal("0.05")).plus(ParameterChanges.of(stopGain, new BigDecimal("0.05"))));
        AssessDesignRisk.DesignRisk risk = new AssessDesignRisk(PATHFIN.compareIncome()).assess(new Question("isf-2024",
                hips(), MIX, 200, List.of(Design.of(FinancingModel.BUNDLE), corridor),
                new Sensitivity("bundle, 5 % corridor", stopLoss, List.of(new BigDecimal("0.20"))), 7));

        var money = risk.designs().get(1).priced().money();
        // F is worth 93 419.43 per contact; the bundle pays 43 749.00 + its outlier 13 897.97 = 57 646.97, below
        // 93 419.43 × 0.95 = 88 748.46, so the stop-loss lifts it there
        assertEquals(Money.of("88748.46"), money.get("hip-replacement-F-early-revision").isf());
        // A (worth 43 888.33) and D (43 261.35) are paid 43 749.00, inside 5 % of their worth: no adjustment
        assertEquals(Money.of("43749.00"), money.get("hip-replacement-A").isf());
        assertEquals(Money.of("43749.00"), money.get("hip-replacement-D-check-call").isf());
        assertTrue(risk.designs().get(1).year().margin().standardDeviation()
                .compareTo(risk.designs().get(0).year().margin().standardDeviation()) < 0, "the corridor narrows the margin");
        // at a 20 % stop-loss: 93 419.43 × 0.80 = 74 735.54
        assertEquals(Money.of("74735.54"), risk.sensitivity().points().get(0).priced().money()
                .get("hip-replacement-F-early-revision").isf());
    }
}
