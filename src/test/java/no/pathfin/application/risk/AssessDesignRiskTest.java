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
        return new AssessDesignRisk(PATHFIN.compareIncome()).assess(hips(), MIX, episodes, "isf-2024",
                List.of(FinancingModel.PER_CONTACT, FinancingModel.BUNDLE), ParameterChanges.NONE, 7);
    }

    @Test
    void each_episode_earns_what_the_comparison_gives_it_over_the_same_plan_and_the_year_is_their_sum() {
        AssessDesignRisk.DesignRisk risk = assess(200);
        var comparison = PATHFIN.compareIncome().compare(hips(), List.of("isf-2024"), List.of(FinancingModel.PER_CONTACT),
                "hip-replacement-A", ParameterChanges.NONE, Map.of("hip-replacement-A", 85L,
                        "hip-replacement-D-check-call", 10L, "hip-replacement-F-early-revision", 5L));
        AssessDesignRisk.DesignYear perContact = risk.designs().get(0);
        for (EpisodeType type : perContact.episodes()) {
            var cell = comparison.comparison().cells().stream().filter(c -> c.pathwayId().equals(type.pathwayId())).findFirst().orElseThrow();
            assertEquals(comparison.money(cell).income(), type.income(), "the plan's scale does not matter: " + type.pathwayId());
        }
        // A's ISF under isf-2024 is 43 888.33 (pathways/hip-replacement/A.json); its income adds the block grant share
        EpisodeType a = perContact.episodes().stream().filter(t -> t.pathwayId().equals("hip-replacement-A")).findFirst().orElseThrow();
        assertTrue(a.income().compareTo(Money.of("43888.33")) > 0);

        for (AssessDesignRisk.DesignYear design : risk.designs()) {
            BigDecimal perEpisode = design.episodes().stream().map(t -> t.share().multiply(t.income().kroner()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(Money.rounded(perEpisode.multiply(BigDecimal.valueOf(200))), design.year().income().mean(),
                    "the mean year is 200 × the mix's mean episode, " + design.model());
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
                .assess(hips(), Map.of("hip-replacement-A", new BigDecimal("0.85"), "hip-replacement-D-check-call",
                        new BigDecimal("0.10"), "hip-replacement-F-early-revision", new BigDecimal("0.04")), 10, "isf-2024",
                        List.of(FinancingModel.PER_CONTACT), ParameterChanges.NONE, 1));
        assertEquals("mix", e.field());
        assertTrue(e.getMessage().contains("add up to 1, not 0.99"), e.getMessage());
    }
}
