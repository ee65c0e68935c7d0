package no.pathfin.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.adapter.scenarios.ScenarioFiles;
import no.pathfin.domain.Money;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * The quality pot in the projection: scenarios/quality-pot.yaml is demography.yaml with the ILLUSTRATIVE indicator
 * points of scenarios/quality-indicators-illustrative.csv (20 trusts; results 1 276, process 1 426 and patient
 * experience 1 453 points in all), sharing isf-2024's pot of 566 400 000 kr (50 / 30 / 20, carried forward from 2020,
 * an ASSUMPTION) every year. The sample activity holds 16 of the 20 trusts.
 */
class ProjectionQualityPotTest {

    private static Projection project(String scenario) {
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(Path.of(scenario));
        return TestPathfin.get().projectFinancing().project(CsvActivitySource.open(loaded.activity()),
                loaded.scenario(), 2, (a, b, c) -> { });
    }

    @Test
    void each_trust_year_gets_its_share_of_the_pot_beside_isf_and_the_block_grant() {
        Projection projection = project("scenarios/quality-pot.yaml");

        // HF-AHUS: results 71, process 70, patient experience 69 points
        // 566 400 000 × 0.5 × 71 / 1 276 = 15 757 993.7304…
        // 566 400 000 × 0.3 × 70 / 1 426 =  8 341 093.9691…
        // 566 400 000 × 0.2 × 69 / 1 453 =  5 379 435.6503…
        //                                  29 478 523.3499… → rounded down 29 478 523.34; its remainder 0.993 øre is
        // the largest of the 20 trusts, so it gets one of the 13 øre left: 29 478 523.35
        assertEquals(Money.of("29478523.35"), projection.qualityPotOf(2024, "HF-AHUS"));
        assertEquals(Money.of("29478523.35"), projection.qualityPotOf(2035, "HF-AHUS"));
        Projection.QualityLine ahus = projection.quality().stream().filter(q -> q.hospital().equals("HF-AHUS"))
                .findFirst().orElseThrow();
        assertEquals("isf-2024", ahus.ruleSet());
        assertEquals("helse-sor-ost", ahus.region());
        assertTrue(ahus.working().startsWith("566 400 000 × (0.5 × 71 / 1 276 + 0.3 × 70 / 1 426 + 0.2 × 69 / 1 453)"),
                ahus.working());
        assertEquals(16 * 12, projection.quality().size()); // 16 trusts of the sample, 2024–2035
        assertTrue(projection.basis().contains("shared among the 20 trusts of scenarios/quality-indicators-illustrative.csv"),
                projection.basis());
        assertTrue(projection.basis().contains("isf-2024: 566 400 000 kr, results 0.50, process 0.30, patient experience"
                + " 0.20 (ASSUMPTION: the 2020 pot"), projection.basis());
    }

    @Test
    void every_total_reconciles_income_is_isf_plus_block_grant_plus_quality_pot() {
        Projection projection = project("scenarios/quality-pot.yaml");

        for (Projection.Total year : projection.byYear()) {
            int y = Integer.parseInt(year.key());
            Money lines = projection.quality().stream().filter(q -> q.year() == y).map(Projection.QualityLine::amount)
                    .reduce(Money.ZERO, Money::plus);
            // the 16 trusts' shares: 566 400 000.00 less the 4 trusts without activity (HF-LOVISENBERG 31 815 660.87,
            // HF-FORDE 27 969 201.99, HF-FINNMARK 25 441 935.30, HF-HELGELAND 27 344 566.92: 112 571 365.08)
            assertEquals(Money.of("453828634.92"), year.qualityPot(), year.key());
            assertEquals(lines, year.qualityPot(), year.key());
            assertEquals(year.isf().plus(year.blockGrant()).plus(year.qualityPot()), year.income(), year.key());
            Money regions = projection.byYearAndRegion().stream().filter(r -> r.keys().get(0).equals(year.key()))
                    .map(Projection.Total::qualityPot).reduce(Money.ZERO, Money::plus);
            assertEquals(year.qualityPot(), regions, year.key());
        }
    }

    @Test
    void without_indicators_nothing_changes_and_with_them_only_the_pot_is_added() {
        List<Projection.Total> without = project("scenarios/demography.yaml").byYear();
        List<Projection.Total> with = project("scenarios/quality-pot.yaml").byYear();

        assertEquals(Money.of("237288.43"), without.get(11).income()); // as before the pot (docs/projection.md)
        for (int i = 0; i < without.size(); i++) {
            assertEquals(Money.ZERO, without.get(i).qualityPot());
            assertEquals(without.get(i).isf(), with.get(i).isf());
            assertEquals(without.get(i).blockGrant(), with.get(i).blockGrant());
            assertEquals(without.get(i).cost(), with.get(i).cost());
            assertEquals(without.get(i).income().plus(with.get(i).qualityPot()), with.get(i).income());
        }
    }

    @Test
    void comparing_without_and_with_the_pot_attributes_the_income_change_to_the_quality_indicators() {
        ScenarioFiles.Loaded demography = ScenarioFiles.load(Path.of("scenarios/demography.yaml"));
        ScenarioFiles.Loaded quality = ScenarioFiles.load(Path.of("scenarios/quality-pot.yaml"));
        ProjectionComparison comparison = TestPathfin.get().projectFinancing().compare(
                CsvActivitySource.open(demography.activity()), demography.scenario(), quality.scenario(), 2,
                (a, b, c) -> { });

        ProjectionComparison.Year last = comparison.years().get(comparison.years().size() - 1);
        assertEquals(1, last.income().contributions().size());
        assertEquals("quality", last.income().contributions().get(0).item());
        assertEquals(Money.of("453828634.92"), last.income().contributions().get(0).amount());
    }
}
