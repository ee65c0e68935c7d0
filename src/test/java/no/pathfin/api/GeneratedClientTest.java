package no.pathfin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.Pathfin;
import no.pathfin.application.ruleset.ReloadableRuleSets;
import no.pathfin.client.ApiClient;
import no.pathfin.client.ApiException;
import no.pathfin.client.api.AdminApi;
import no.pathfin.client.api.CatalogApi;
import no.pathfin.client.api.PricingApi;
import no.pathfin.client.api.ProjectionApi;
import no.pathfin.client.api.SpreadsheetsApi;
import no.pathfin.client.api.RepricingApi;
import no.pathfin.client.api.RiskApi;
import no.pathfin.client.api.ServiceApi;
import no.pathfin.client.api.WorkbenchApi;
import no.pathfin.client.model.BreakEven;
import no.pathfin.client.model.BreakEvenVariant;
import no.pathfin.client.model.BundlePriceRequest;
import no.pathfin.client.model.ChannelShift;
import no.pathfin.client.model.ChannelShiftRequest;
import no.pathfin.client.model.ChannelShiftRequestShift;
import no.pathfin.client.model.Comparison;
import no.pathfin.client.model.ComparisonCellsInner;
import no.pathfin.client.model.ComparisonRequest;
import no.pathfin.client.model.Contact;
import no.pathfin.client.model.DesignRisk;
import no.pathfin.client.model.DesignRiskRequest;
import no.pathfin.client.model.DesignRiskRequestDesignsInner;
import no.pathfin.client.model.DesignRiskRequestMixInner;
import no.pathfin.client.model.DesignRiskRequestSensitivity;
import no.pathfin.client.model.ImpactRequest;
import no.pathfin.client.model.Kind;
import no.pathfin.client.model.Mode;
import no.pathfin.client.model.Model;
import no.pathfin.client.model.Overrides;
import no.pathfin.client.model.OverridesTariffs;
import no.pathfin.client.model.Pricing;
import no.pathfin.client.model.PricingRequest;
import no.pathfin.client.model.ProjectionJob;
import no.pathfin.client.model.ProjectionJobRequest;
import no.pathfin.client.model.SpreadsheetCell;
import no.pathfin.client.model.SpreadsheetColumn;
import no.pathfin.client.model.SpreadsheetRequest;
import no.pathfin.client.model.SpreadsheetSheet;
import no.pathfin.spreadsheet.Workbooks;
import no.pathfin.client.model.RepriceJob;
import no.pathfin.client.model.TariffOverride;
import no.pathfin.client.model.UnitPriceRequest;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated from openapi.yaml (openapi-generator, java.net.http and Jackson; see pom.xml) calls every
 * operation of the contract against the running server and reads its answers: the contract is one a tool can build
 * a working client from, and an operation added to it without a call here fails this test.
 */
class GeneratedClientTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ADMIN_TOKEN = "a-token-for-the-generated-client";

    private final AnsweredOperations operations = new AnsweredOperations();

    /** A client of the server on this port: strict, so that a field the contract does not declare fails the call. */
    private ApiClient client(int port) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        client.setResponseInterceptor(operations::record);
        return client;
    }

    @Test
    void the_generated_client_calls_every_operation_of_the_contract() throws Exception {
        ApiClient client = client(ApiServer.server().port());

        service(new ServiceApi(client));
        catalog(new CatalogApi(client));
        pricing(new PricingApi(client));
        String job = repricing(new RepricingApi(client));
        workbench(new WorkbenchApi(client), job);
        projection(new ProjectionApi(client));
        risk(new RiskApi(client));
        spreadsheets(new SpreadsheetsApi(client));
        admin();

        Set<String> missed = operations.all();
        missed.removeAll(operations.answered());
        assertEquals(Set.of(), missed, "operations of openapi.yaml the generated client got no success from");
    }

    @Test
    void a_pricing_request_without_a_model_is_priced_per_contact() throws ApiException {
        PricingApi pricing = new PricingApi(client(ApiServer.server().port()));

        Pricing priced = pricing.pricePathway(new PricingRequest().pathwayId("hip-replacement-A").ruleSet("isf-2019")
                .model(null));

        assertEquals(Model.PER_CONTACT, priced.getModel());
        assertAmount("46848.90", priced.getTotal());
    }

    private void service(ServiceApi service) throws ApiException {
        assertEquals(TestPathfin.get().ruleSets().all().size(), service.health().getRuleSets());
        assertEquals(read(OpenApiContract.FILE), read(service.contract()));
        assertTrue(read(service.docs()).contains("swagger-ui-bundle.js"));
        assertTrue(read(service.page()).contains("<html"));
        assertTrue(read(service.icon()).contains("<svg"));
    }

    private void catalog(CatalogApi catalog) throws ApiException {
        assertTrue(catalog.listRuleSets().stream().anyMatch(r -> r.getId().equals("isf-2024")));
        assertAmount("0.40", catalog.getRuleSet("isf-2024").getTariffs().getSomatic().getIsfShare());
        assertTrue(catalog.listPathways().stream().anyMatch(p -> p.getId().equals("hip-replacement-A")));
        assertEquals(List.of(Kind.ASSESSMENT, Kind.ADMISSION_WITH_SURGERY, Kind.CONTROL, Kind.CONTROL),
                catalog.getPathway("hip-replacement-A").getContacts().stream().map(Contact::getKind).toList());
    }

    private void pricing(PricingApi pricing) throws ApiException {
        Pricing a = pricing.pricePathway(new PricingRequest().pathwayId("hip-replacement-A").model(Model.PER_CONTACT)
                .ruleSet("isf-2019"));
        assertAmount("46848.90", a.getTotal());
        assertEquals(4, a.getLines().size());

        Comparison comparison = pricing.compareVariants(new ComparisonRequest()
                .family("hip-replacement").variants(List.of("A", "B", "C")).ruleSets(List.of("isf-2019", "isf-2024"))
                .models(List.of(Model.PER_CONTACT, Model.BUNDLE)));
        // under 2019 rules C's phone consultation earns nothing; from 2020 it counts, and C earns the most
        assertAmount("-446.18", cell(comparison, "hip-replacement-C", "isf-2019", Model.PER_CONTACT)
                .getDifferenceFromBaseline());
        assertAmount("44097.32", cell(comparison, "hip-replacement-C", "isf-2024", Model.PER_CONTACT).getTotal());
        assertAmount("43749.00", cell(comparison, "hip-replacement-B", "isf-2024", Model.BUNDLE).getTotal());
    }

    private static ComparisonCellsInner cell(Comparison comparison, String pathwayId, String ruleSet, Model model) {
        return comparison.getCells().stream().filter(c -> c.getPathwayId().equals(pathwayId)
                && c.getRuleSet().equals(ruleSet) && c.getModel() == model).findFirst().orElseThrow();
    }

    /** @return a finished job over the sample activity, its upload kept to assess over */
    private String repricing(RepricingApi repricing) throws ApiException {
        RepriceJob uploaded = repricing.submitRepriceJob("isf-2024", "isf-2025-plan",
                read(Path.of("pathways/activity/sample-activity.csv")), null, null, null, true);
        RepriceJob done = await(() -> call(() -> repricing.getRepriceJob(uploaded.getId())),
                j -> j.getStatus().getValue());
        assertEquals(60, done.getSummary().getRows());
        assertAmount("86266.34", done.getSummary().getTotals().get(0).getKr());
        assertAmount("-19958.78", done.getSummary().getTotals().get(1).getDifferenceKr());
        assertTrue(read(repricing.getRepriceJobResult(done.getId(), "by-hospital.csv", null)).startsWith("hospital"));
        File workbook = repricing.getRepriceJobResult(done.getId(), "by-hospital.csv", "xlsx");
        assertEquals("hospital", Workbooks.open(bytes(workbook)).getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        assertTrue(repricing.listRepriceJobs().stream().anyMatch(j -> j.getId().equals(done.getId())));

        RepriceJob generated = repricing.submitGeneratedRepriceJob("isf-2024", "isf-2025-plan", 2_000, 7L, null);
        RepriceJob ended = await(() -> call(() -> repricing.getRepriceJob(generated.getId())),
                j -> j.getStatus().getValue());
        assertEquals(2_000, ended.getSummary().getRows());
        repricing.deleteRepriceJob(ended.getId());
        assertEquals(404, assertThrows(ApiException.class, () -> repricing.getRepriceJob(ended.getId())).getCode());
        return done.getId();
    }

    private void risk(RiskApi risk) throws ApiException {
        DesignRisk answer = risk.assessDesignRisk(new DesignRiskRequest().ruleSet("isf-2024").episodes(2).mix(List.of(
                        new DesignRiskRequestMixInner().pathwayId("hip-replacement-A").share(new BigDecimal("0.5")),
                        new DesignRiskRequestMixInner().pathwayId("hip-replacement-D-check-call").share(new BigDecimal("0.5"))))
                .designs(List.of(new DesignRiskRequestDesignsInner().label("bundle").model(Model.BUNDLE)))
                .sensitivity(new DesignRiskRequestSensitivity().design("bundle").parameter("bundles.hip-replacement-bundle.price")
                        .values(List.of(new BigDecimal("40000")))));
        // A and D lie wholly in the bundle's window: both earn its price, and the year cannot vary
        assertAmount("43749.00", answer.getDesigns().get(0).getEpisodeTypes().get(1).getMoney().getIsf());
        assertAmount("0.00", answer.getDesigns().get(0).getIncome().getStandardDeviation());
        assertAmount("40000.00", answer.getSensitivity().getPoints().get(0).getEpisodeTypes().get(0).getMoney().getIsf());
    }

    private void workbench(WorkbenchApi workbench, String job) throws ApiException {
        List<BreakEvenVariant> hips = List.of(new BreakEvenVariant().pathwayId("hip-replacement-A"),
                new BreakEvenVariant().pathwayId("hip-replacement-B"),
                new BreakEvenVariant().pathwayId("hip-replacement-C"));
        BreakEven bundle = workbench.budgetNeutralBundlePrice(new BundlePriceRequest().ruleSet("isf-2024")
                .variants(hips));
        assertAmount("43749.00", bundle.getPrice());
        BreakEven unitPrice = workbench.breakEvenUnitPrice(new UnitPriceRequest().baseline("isf-2024").variants(hips)
                .overrides(new Overrides().tariffs(new OverridesTariffs().somatic(new TariffOverride()
                        .isfShare(new BigDecimal("0.30"))))));
        assertAmount("69664.00", unitPrice.getPrice());

        ChannelShift shifted = workbench.shiftChannels(new ChannelShiftRequest().pathwayIds(List.of("hip-replacement-C"))
                .shift(new ChannelShiftRequestShift().kind(Kind.ASSESSMENT).to(Mode.PHONE).occurrence(2))
                .ruleSets(List.of("isf-2019")).models(List.of(Model.PER_CONTACT)));
        assertEquals(1, shifted.getMoved());
        assertAmount("-892.36", shifted.getResults().get(0).getDifference());

        var overFixtures = workbench.assessRuleChange(new ImpactRequest().baseline("isf-2024")
                .candidate("isf-2025-plan").family("hip-replacement")).getImpact();
        // A–F −77 954.05, and G (digital follow-up) 33 386.49 − 44 515.31 = −11 128.82: −89 082.87
        assertAmount("-89082.87", overFixtures.getSummary().getDifference());
        var overActivity = workbench.assessRuleChange(new ImpactRequest().baseline("isf-2024")
                .candidate("isf-2025-plan").population(Map.of("repricingJob", job))).getActivityImpact();
        assertEquals(job, overActivity.getPopulation().getRepricingJob());
    }

    private void projection(ProjectionApi projection) throws ApiException {
        assertTrue(projection.listScenarios().stream().anyMatch(s -> s.getId().equals("home-2035")
                && s.getChanges().contains("phv-sessions-to-phone")));
        ProjectionJob submitted = projection.submitProjectionJob(new ProjectionJobRequest().scenario("demography"));
        ProjectionJob done = await(() -> call(() -> projection.getProjectionJob(submitted.getId())),
                j -> j.getStatus().getValue());
        assertEquals(12, done.getYears().size());
        assertTrue(projection.listProjectionJobs().stream().anyMatch(j -> j.getId().equals(done.getId())));
        assertEquals(2035, done.getYears().get(11).getYear());
        assertAmount("91131.43", done.getYears().get(11).getIsf()); // as ProjectionJobApiTest and docs/projection.md
        assertTrue(read(projection.getProjectionJobResult(done.getId(), "projection-by-year.csv", null)).contains("2035"));
        assertTrue(read(projection.getProjectionJobResult(done.getId(), "projection-by-year.csv", "csv-no"))
                .startsWith("\uFEFFyear;contacts;"));
        projection.deleteProjectionJob(done.getId());
        assertEquals(404, assertThrows(ApiException.class, () -> projection.getProjectionJob(done.getId())).getCode());
    }

    private void spreadsheets(SpreadsheetsApi spreadsheets) throws ApiException {
        File workbook = spreadsheets.createSpreadsheet(new SpreadsheetRequest().title("Totals").addSheetsItem(
                new SpreadsheetSheet().name("Totals")
                        .addColumnsItem(new SpreadsheetColumn().title("Rule set").type(SpreadsheetColumn.TypeEnum.TEXT))
                        .addColumnsItem(new SpreadsheetColumn().title("ISF").type(SpreadsheetColumn.TypeEnum.MONEY))
                        .addRowsItem(List.of(new SpreadsheetCell("isf-2024"), new SpreadsheetCell("46848.90")))
                        .addRowsItem(List.of(new SpreadsheetCell("isf-2025-plan"),
                                new SpreadsheetCell(new BigDecimal("35136.68"))))));
        var sheet = Workbooks.open(bytes(workbook)).getSheet("Totals");
        assertEquals(46848.90, sheet.getRow(1).getCell(1).getNumericCellValue());
        assertEquals(35136.68, sheet.getRow(2).getCell(1).getNumericCellValue());
    }

    /** Reloading needs a server started with an admin token: one over the same rule sets, reloaded as they are. */
    private void admin() throws ApiException {
        Pathfin pathfin = Pathfin.of(new ReloadableRuleSets(() -> TestPathfin.get().ruleSets()),
                TestPathfin.get().pathways());
        try (var jobs = ApiServer.jobs(ApiServer.JOBS.resolve("admin"));
             WebServer server = new WebServer(pathfin, jobs, ADMIN_TOKEN).start(0)) {
            AdminApi admin = new AdminApi(client(server.port()));
            assertEquals(401, assertThrows(ApiException.class, admin::reloadRuleSets).getCode());

            var reloaded = admin.reloadRuleSets(Map.of("Authorization", "Bearer " + ADMIN_TOKEN));

            assertEquals(2, reloaded.getGeneration());
            assertEquals(TestPathfin.get().ruleSets().all().size(), reloaded.getRuleSets().size());
        }
    }

    private interface Call<T> {
        T get() throws ApiException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** Polls until the status is neither queued nor running, then requires done. */
    private static <T> T await(Supplier<T> poll, Function<T, String> status) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T seen = poll.get();
        while (status.apply(seen).equals("queued") || status.apply(seen).equals("running")) {
            assertTrue(System.nanoTime() < deadline, "not done within " + PATIENCE + ": " + seen);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            seen = poll.get();
        }
        assertEquals("done", status.apply(seen), String.valueOf(seen));
        return seen;
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    private static byte[] bytes(File file) {
        try {
            return Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.delete();
        }
    }

    private static String read(File file) {
        String text = read(file.toPath());
        file.delete();
        return text;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
