package no.pathfin.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.adapter.scenarios.ScenarioFiles;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projection of the financing year by year over the sample activity (60 contacts, 2024), with the shipped scenarios.
 * HF-AHUS has one somatic assessment (0.040) and one control (0.030), 52 248 kr a point, ISF share 40 %.
 */
class ProjectionTest {

    private static final Path SAMPLE = Path.of("pathways/activity/sample-activity.csv");

    @TempDir
    Path temp;

    private static Projection project(String scenario) {
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(Path.of(scenario));
        return TestPathfin.get().projectFinancing().project(CsvActivitySource.open(loaded.activity()),
                loaded.scenario(), 2, (a, b, c) -> { });
    }

    /** A scenario over the sample from 2024, with the shipped regions, written to a file and projected. */
    private Projection projectOverTheSample(String yaml) throws Exception {
        Files.copy(Path.of("scenarios/trust-regions.csv"), temp.resolve("trust-regions.csv"));
        Path file = temp.resolve("scenario.yaml");
        Files.writeString(file, "baseYear: 2024\nactivity: " + SAMPLE.toAbsolutePath()
                + "\nregions: trust-regions.csv\n" + yaml);
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(file);
        return TestPathfin.get().projectFinancing().project(CsvActivitySource.open(loaded.activity()),
                loaded.scenario(), 2, (a, b, c) -> { });
    }

    private static Projection.Line line(Projection p, int year, String hospital) {
        return p.lines().stream().filter(l -> l.year() == year && l.hospital().equals(hospital)
                && l.scheme() == Setting.SOMATIC).findFirst().orElseThrow();
    }

    @Test
    void status_quo_gives_every_year_the_base_years_repricing_to_the_ore() {
        Projection projection = project("scenarios/status-quo.yaml");
        Repricing reprice = TestPathfin.get().repriceActivity().reprice(CsvActivitySource.open(SAMPLE),
                List.of(new RepriceActivity.Scenario("isf-2024", FinancingModel.PER_CONTACT)),
                new RepriceActivity.Options(2, false, 5), (a, b, c) -> { }, RepricingResults.NONE).repricing();
        ActivityMoney.Figures money = reprice.money().total(1).get(0);

        List<Projection.Total> years = projection.byYear();
        assertEquals(12, years.size()); // 2024 and 2025–2035
        for (Projection.Total year : years) {
            assertEquals(reprice.total().amounts().get(0), year.isf(), year.key());
            assertEquals(money.blockGrant(), year.blockGrant(), year.key());
            assertEquals(money.cost(), year.cost(), year.key());
            assertEquals(0, BigDecimal.valueOf(reprice.total().contacts()).compareTo(year.contacts()), year.key());
        }
        // and line by line: every trust's scheme in 2035 is the repricing's
        for (ActivityMoney.Line m : reprice.money().lines()) {
            Projection.Line l = projection.lines().stream().filter(x -> x.year() == 2035
                    && x.hospital().equals(m.hospital()) && x.scheme() == m.scheme()).findFirst().orElseThrow();
            assertEquals(m.figures().get(0).isf(), l.isf(), m.hospital());
            assertEquals(m.figures().get(0).blockGrant(), l.blockGrant(), m.hospital());
        }
        assertEquals(Money.of("86266.34"), years.get(11).isf());
    }

    @Test
    void the_low_and_high_alternatives_bracket_the_main_one() {
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(Path.of("scenarios/demography.yaml"));
        Money[] income = new Money[3];
        String[] alternatives = {"low", "main", "high"};
        for (int i = 0; i < 3; i++) {
            Projection p = TestPathfin.get().projectFinancing().project(CsvActivitySource.open(loaded.activity()),
                    loaded.scenario().withAlternative(alternatives[i]), 2, (a, b, c) -> { });
            income[i] = p.byYear().get(11).income();
            assertEquals("demography-" + alternatives[i], p.scenario());
        }
        assertEquals(Money.of("237288.43"), income[1]);
        assertTrue(income[0].kroner().compareTo(income[1].kroner()) < 0, income[0] + " < " + income[1]);
        assertTrue(income[2].kroner().compareTo(income[1].kroner()) > 0, income[2] + " > " + income[1]);
    }

    @Test
    void growth_alone_scales_each_trusts_contacts_by_its_regions_population_ratio() {
        Projection projection = project("scenarios/demography.yaml");

        // helse-sor-ost, main alternative: 3 150 000 persons in 2024, 3 311 091 in 2034, 3 327 647 in 2035
        // ratio 2035: 3 327 647 / 3 150 000 = 1.056395873016 (12 digits); 2034: 3 311 091 / 3 150 000 = 1.05114
        Projection.Line ahus = line(projection, 2035, "HF-AHUS");
        // contacts 2 × 1.056395873016 = 2.112791746032, not rounded
        assertEquals(0, new BigDecimal("2.112791746032").compareTo(ahus.contacts()));
        // ISF (835.97 + 626.98) × 1.056395873016 = 1 545.454342… → 1 545.45
        assertEquals(Money.of("1545.45"), ahus.isf());
        // cost (2 089.92 + 1 567.44) × 1.056395873016 = 3 863.620010… → 3 863.62
        assertEquals(Money.of("3863.62"), ahus.cost());
        // block grant from 2034's projected points: 0.070 × 1.05114 = 0.0735798; 0.60 × 52 248 × 0.0735798
        //   = 2 306.638434… → 2 306.64
        assertEquals(0, new BigDecimal("0.0735798").compareTo(ahus.plannedPoints()));
        assertEquals(Money.of("2306.64"), ahus.blockGrant());
        assertEquals(0, new BigDecimal("1.056395873016").compareTo(projection.years().get(11).populationRatio()
                .get("helse-sor-ost")));
        // the first projected year's grant is the base year's: its plan is the base year's activity
        assertEquals(line(projection, 2024, "HF-AHUS").blockGrant(), line(projection, 2025, "HF-AHUS").blockGrant());
        // totals are sums of lines
        Projection.Total total2035 = projection.byYear().get(11);
        assertEquals(projection.lines().stream().filter(l -> l.year() == 2035).map(Projection.Line::isf)
                .reduce(Money.ZERO, Money::plus), total2035.isf());
    }

    @Test
    void a_channel_shift_moves_exactly_its_share_of_the_matching_contacts_along_its_path() throws Exception {
        Projection projection = projectOverTheSample("""
                years: { from: 2025, to: 2030 }
                changes:
                  - name: controls-to-video
                    type: shift
                    kind: control
                    setting: somatic
                    from: in-person
                    to: video
                    share: 0.30
                    targetYear: 2030
                    source: "a test target"
                rules:
                  - from: 2024
                    ruleSet: isf-2024
                """);

        // the sample's somatic contacts: 15 in-person controls, 3 video controls, 33 other in-person, 2 phone
        // 2027 is 3 of 6 years along: 0.30 × 3 / 6 = 0.15 of the 15 in-person controls move: 2.25
        assertEquals(0, new BigDecimal("5.25").compareTo(mode(projection, 2027, "VIDEO"))); // 3 + 2.25
        assertEquals(0, new BigDecimal("45.75").compareTo(mode(projection, 2027, "IN_PERSON"))); // 48 − 2.25
        // from 2030 on the whole 30 %: 4.5 moved
        assertEquals(0, new BigDecimal("7.5").compareTo(mode(projection, 2030, "VIDEO")));
        // no contact is lost: 53 somatic contacts every year
        for (int year = 2024; year <= 2030; year++) {
            int y = year;
            BigDecimal somatic = projection.modes().stream().filter(m -> m.year() == y && m.scheme() == Setting.SOMATIC)
                    .map(Projection.ModeCount::contacts).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, new BigDecimal("53").compareTo(somatic), "year " + year);
        }
    }

    @Test
    void a_comparison_reconciles_each_year_with_its_attribution_and_names_what_differs() {
        ScenarioFiles.Loaded demography = ScenarioFiles.load(Path.of("scenarios/demography.yaml"));
        ScenarioFiles.Loaded home = ScenarioFiles.load(Path.of("scenarios/home-2035.yaml"));
        ProjectionComparison comparison = TestPathfin.get().projectFinancing().compare(
                CsvActivitySource.open(demography.activity()), demography.scenario(), home.scenario(), 2,
                (a, b, c) -> { });

        // the same population table (only its source text differs), so demography is not a difference
        assertEquals(List.of("change somatic-controls-to-video", "change phv-sessions-to-phone",
                "change surgical-stays-to-day-surgery", "rules", "financing"), comparison.years().get(0).income().contributions().stream()
                .map(c -> c.item()).toList());
        for (ProjectionComparison.Year y : comparison.years()) {
            assertEquals(y.candidate().income().minus(y.baseline().income()), y.income().total(), "year " + y.year());
            assertEquals(y.candidate().isf().minus(y.baseline().isf()), y.isf().total(), "year " + y.year());
            Money sum = y.income().contributions().stream().map(c -> c.amount()).reduce(Money.ZERO, Money::plus);
            assertEquals(y.income().total(), sum, "year " + y.year());
        }
        // the base year differs in nothing: both are the same repricing
        assertEquals(Money.ZERO, comparison.years().get(0).income().total());
        // the whole comparison is the two projections made alone
        assertEquals(project("scenarios/home-2035.yaml").byYear(), comparison.candidate().byYear());
    }

    @Test
    void a_single_difference_carries_the_whole_change() {
        ScenarioFiles.Loaded quo = ScenarioFiles.load(Path.of("scenarios/status-quo.yaml"));
        ScenarioFiles.Loaded demography = ScenarioFiles.load(Path.of("scenarios/demography.yaml"));
        ProjectionComparison comparison = TestPathfin.get().projectFinancing().compare(
                CsvActivitySource.open(quo.activity()), quo.scenario(), demography.scenario(), 2, (a, b, c) -> { });

        ProjectionComparison.Year last = comparison.years().get(11);
        assertEquals(1, last.income().contributions().size());
        assertEquals("demography", last.income().contributions().get(0).item());
        // 237 288.43 (demography, 2035) − 225 312.53 (status quo) = 11 975.90
        assertEquals(Money.of("11975.90"), last.income().contributions().get(0).amount());
    }

    private static BigDecimal mode(Projection projection, int year, String mode) {
        return projection.modes().stream().filter(m -> m.year() == year && m.scheme() == Setting.SOMATIC
                && m.mode().name().equals(mode)).map(Projection.ModeCount::contacts)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void an_ambulant_share_moves_in_person_sessions_to_ambulant_teams() throws Exception {
        Projection projection = projectOverTheSample("""
                years: { from: 2025, to: 2026 }
                changes:
                  - name: phv-ambulant
                    type: ambulant
                    kind: treatment
                    setting: phv
                    share: 0.50
                    targetYear: 2026
                    source: "a test target"
                rules:
                  - from: 2024
                    ruleSet: isf-2024
                """);

        // the sample's PHV: 2 assessments in person, treatments 2 in person, 2 by an ambulant team, 1 by phone
        // 2025 is half way: 0.50 × 1/2 × 2 = 0.5 of the 2 treatments move to the ambulant teams; 2026: 1
        assertEquals(0, new BigDecimal("2.5").compareTo(ambulant(projection, 2025, true)));
        assertEquals(0, new BigDecimal("3.5").compareTo(ambulant(projection, 2025, false))); // 2 + 1.5
        assertEquals(0, new BigDecimal("3").compareTo(ambulant(projection, 2026, true)));
    }

    @Test
    void day_surgery_instead_of_admission_moves_its_share_into_the_day_group_and_its_weight() throws Exception {
        Projection projection = projectOverTheSample("""
                years: { from: 2025, to: 2026 }
                changes:
                  - name: hip-as-day-surgery
                    type: day-surgery
                    from: HIP-SURGERY
                    to: SURG-DAY
                    share: 0.50
                    targetYear: 2026
                    source: "a test target"
                rules:
                  - from: 2024
                    ruleSet: isf-2024
                """);

        // HF-NORDLAND has the sample's one hip admission (HIP-SURGERY, 2.000); no population, so nothing grows.
        // 2026: half of it is day surgery in SURG-DAY (0.600): 0.5 × (0.600 − 2.000) = −0.700 points
        Projection.Line base = line(projection, 2024, "HF-NORDLAND");
        Projection.Line half = line(projection, 2025, "HF-NORDLAND");
        Projection.Line full = line(projection, 2026, "HF-NORDLAND");
        assertEquals(0, new BigDecimal("-0.700").compareTo(full.points().subtract(base.points())));
        // ISF −0.700 × 52 248 × 0.40 = −14 629.44; in 2025, half way, −0.350 × 52 248 × 0.40 = −7 314.72
        assertEquals(Money.of("-14629.44"), full.isf().minus(base.isf()));
        assertEquals(Money.of("-7314.72"), half.isf().minus(base.isf()));
        // cost −0.700 × 52 248 (the unit cost of a point is the unit price) = −36 573.60
        assertEquals(Money.of("-36573.60"), full.cost().minus(base.cost()));
        // hours: an admission 240 + 1 200 + 90 minutes = 25.5 h, day surgery 90 + 240 = 5.5 h; 0.5 × −20 h = −10 h
        assertEquals(0, new BigDecimal("-10").compareTo(full.personnelHours().subtract(base.personnelHours())));
        // no contact is lost
        assertEquals(0, base.contacts().compareTo(full.contacts()));
    }

    @Test
    void a_day_surgery_group_no_weight_table_knows_is_refused_naming_it() throws Exception {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> projectOverTheSample("""
                years: { from: 2025, to: 2026 }
                changes:
                  - name: hip-as-day-surgery
                    type: day-surgery
                    from: HIP-SURGERY
                    to: HIP-DAY
                    share: 0.50
                    targetYear: 2026
                    source: "a test target"
                rules:
                  - from: 2024
                    ruleSet: isf-2024
                """));
        assertEquals("changes", refused.field());
        assertTrue(refused.getMessage().contains("'HIP-DAY', which is not in the weight table of isf-2024"),
                refused.getMessage());
    }

    private static BigDecimal ambulant(Projection projection, int year, boolean ambulant) {
        return projection.modes().stream().filter(m -> m.year() == year && m.scheme() == Setting.PHV
                && m.mode().name().equals("IN_PERSON") && m.ambulant() == ambulant)
                .map(Projection.ModeCount::contacts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void a_unit_price_path_is_nominal_and_base_year_prices_take_it_out() throws Exception {
        Projection projection = projectOverTheSample("""
                years: { from: 2025, to: 2025 }
                rules:
                  - from: 2024
                    ruleSet: isf-2024
                  - from: 2025
                    ruleSet: isf-2024
                    changes: { somatic: { unitPrice: 54000 } }
                    source: "a test price"
                """);

        Projection.Line ahus = line(projection, 2025, "HF-AHUS");
        // nominal: 0.040 × 54 000 × 0.40 = 864.00 + 0.030 × 54 000 × 0.40 = 648.00 → 1 512.00
        assertEquals(Money.of("1512.00"), ahus.isf());
        // index 54 000 / 52 248 = 1.033532384015; 1 512.00 / 1.033532384015 = 1 462.9439999… → 1 462.94
        assertEquals(0, new BigDecimal("1.033532384015").compareTo(ahus.priceIndex()));
        assertEquals(Money.of("1462.94"), ahus.inBaseYearPrices().isf());
        // block grant 0.60 × 54 000 × 0.070 = 2 268.00 nominal; / 1.033532384015 = 2 194.4159… → 2 194.42
        assertEquals(Money.of("2268.00"), ahus.blockGrant());
        assertEquals(Money.of("2194.42"), ahus.inBaseYearPrices().blockGrant());
        // the year's total in base-year prices is the sum of its deflated lines
        assertEquals(projection.lines().stream().filter(l -> l.year() == 2025).map(l -> l.inBaseYearPrices().isf())
                .reduce(Money.ZERO, Money::plus), projection.byYearInBaseYearPrices().get(1).isf());
    }

    @Test
    void with_age_and_sex_in_the_activity_each_cell_follows_its_own_population() throws Exception {
        List<String> sample = Files.readAllLines(SAMPLE);
        Path activity = temp.resolve("aged.csv");
        Files.writeString(activity, sample.get(0) + ",age_group,sex\n" + String.join("\n", sample.stream()
                .filter(l -> l.contains(",HF-AHUS,")).map(l -> l + ",67+,F").toList()) + "\n");
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(Path.of("scenarios/demography.yaml"));
        Projection projection = TestPathfin.get().projectFinancing().project(CsvActivitySource.open(activity),
                loaded.scenario(), 2, (a, b, c) -> { });

        // helse-sor-ost, women 67+, main: 267 750 in 2024, 332 765 in 2035: 1.242819794585 (the region as a whole
        // grows by 1.056…: the old grow faster)
        Projection.Line ahus = line(projection, 2035, "HF-AHUS");
        assertEquals(0, new BigDecimal("2.485639589170").compareTo(ahus.contacts())); // 2 × 1.242819794585
        // ISF 1 462.95 × 1.242819794585 = 1 818.1832… → 1 818.18
        assertEquals(Money.of("1818.18"), ahus.isf());

        Files.writeString(activity, sample.get(0) + ",age_group,sex\n" + sample.get(1) + ",80+,F\n");
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class, () -> TestPathfin.get()
                .projectFinancing().project(CsvActivitySource.open(activity), loaded.scenario(), 2, (a, b, c) -> { }));
        assertTrue(unknown.getMessage().contains("age group 80+, sex F"), unknown.getMessage());
    }

    @Test
    void a_bad_scenario_is_refused_with_file_line_and_field() throws Exception {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nbaseYear: 2024\nyears: { from: 2025, to: 2030 }\nregion: x.csv\n");
        DataFileException unknown = assertThrows(DataFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(unknown.getMessage().contains("line 4"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("region"), unknown.getMessage());

        Files.copy(Path.of("scenarios/trust-regions.csv"), temp.resolve("trust-regions.csv"));
        Files.writeString(file, "baseYear: 2024\nyears: { from: 2024, to: 2030 }\nregions: trust-regions.csv\n");
        DataFileException early = assertThrows(DataFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(early.getMessage().contains("the first projected year must come after the base year"),
                early.getMessage());

        Files.writeString(file, "baseYear: 2024\nyears: { from: 2025, to: 2030 }\nregions: trust-regions.csv\n"
                + "rules:\n  - from: 2025\n    ruleSet: isf-2024\n    changes: { somatic: { unitPrise: 1 } }\n");
        DataFileException field = assertThrows(DataFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(field.getMessage().contains("line 4"), field.getMessage());
        assertTrue(field.getMessage().contains("changes.somatic.unitPrise"), field.getMessage());

        Files.writeString(file, "baseYear: 2024\nyears: { from: 2025, to: 2030 }\nregions: trust-regions.csv\n"
                + "changes:\n  - name: x\n    type: shift\n    to: fax\n    share: 0.1\n    targetYear: 2030\n"
                + "    source: s\n");
        DataFileException mode = assertThrows(DataFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(mode.getMessage().contains("changes.x.to: unknown value 'fax'"), mode.getMessage());
    }

    @Test
    void years_no_rule_set_covers_need_a_rule_path_and_say_so() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> projectOverTheSample("years: { from: 2025, to: 2026 }\n"));
        assertEquals("rules", refused.field());
        assertTrue(refused.getMessage().contains("no rule set covers 2026-07-01"), refused.getMessage());
        assertTrue(refused.getMessage().contains("needs a rule path"), refused.getMessage());
    }

    @Test
    void a_trust_without_a_region_is_refused_naming_it() throws Exception {
        Files.writeString(temp.resolve("regions.csv"), "hospital,region\nHF-OUS,helse-sor-ost\n");
        Path file = temp.resolve("s.yaml");
        Files.writeString(file, "baseYear: 2024\nyears: { from: 2025, to: 2026 }\nregions: regions.csv\n"
                + "rules:\n  - from: 2024\n    ruleSet: isf-2024\n");
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(file);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> TestPathfin.get()
                .projectFinancing().project(CsvActivitySource.open(SAMPLE), loaded.scenario(), 2, (a, b, c) -> { }));
        assertEquals("regions", refused.field());
        assertTrue(refused.getMessage().contains("has no region"), refused.getMessage());
    }
}
