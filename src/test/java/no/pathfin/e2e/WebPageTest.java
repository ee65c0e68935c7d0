package no.pathfin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The analysts' page in real headless Chromium against the real server; screenshots go to target/screenshots. */
class WebPageTest {

    private static LivePage page;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Path SHOTS = LivePage.SHOTS;

    @BeforeAll
    static void start() throws Exception {
        page = LivePage.start();
        browser = page.browser;
        wait = page.wait;
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    private static void open() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://127.0.0.1:" + page.port() + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    /** The page's format: 1 234 567,89 kr (Chromium reports the non-breaking spaces as spaces). */
    static String kr(BigDecimal value) {
        String plain = value.setScale(2).abs().toPlainString();
        String whole = plain.substring(0, plain.indexOf('.')).replaceAll("\\B(?=(\\d{3})+(?!\\d))", " ");
        return (value.signum() < 0 ? "−" : "") + whole + "," + plain.substring(plain.indexOf('.') + 1) + " kr";
    }

    private static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ');
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + page.port() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static void compare() {
        browser.findElement(By.id("compare-run")).click();
        wait.until(d -> d.findElement(By.tagName("form")).getAttribute("aria-busy") == null
                && (!d.findElement(By.id("compare-problem")).getText().isEmpty() || d.findElement(By.id("compare-result")).isDisplayed()));
    }

    private static WebElement cell(String pathwayId, String ruleSet, String model) {
        return browser.findElement(By.cssSelector("#matrix .cell[data-pathway='" + pathwayId + "'][data-rule-set='"
                + ruleSet + "'][data-model='" + model + "']"));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void the_hip_comparison_shows_the_apis_totals_and_every_line_explains_itself() throws Exception {
        open();
        compare();

        JsonNode api = post("/api/v1/comparisons", "{\"family\": \"hip-replacement\", \"variants\": [\"A\", \"B\", \"C\"],"
                + " \"ruleSets\": [\"isf-2019\", \"isf-2020\", \"isf-2024\"], \"models\": [\"per-contact\", \"bundle\"],"
                + " \"baseline\": \"A\"}");
        assertEquals(18, api.get("cells").size());
        for (JsonNode c : api.get("cells")) {
            WebElement shown = cell(c.get("pathwayId").asText(), c.get("ruleSet").asText(), c.get("model").asText());
            assertTrue(text(shown).startsWith(kr(c.get("total").decimalValue())), text(shown) + " vs " + c.get("total"));
        }
        assertTrue(text(cell("hip-replacement-C", "isf-2024", "per-contact")).contains("+208,99 kr vs baseline"));
        assertTrue(browser.findElement(By.cssSelector("#chart canvas")).isDisplayed(), "the chart is drawn");
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("page.png");

        cell("hip-replacement-A", "isf-2024", "per-contact").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lines"), "0,040 × 52 248 × 0,40 = 835,97"));
        assertTrue(browser.findElement(By.id("lines")).getText().contains("A financed contact earns its cost weight"));
        screenshot("compare.png");

        cell("hip-replacement-C", "isf-2019", "per-contact").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lines"),
                "phone consultations are not financed in somatic care under isf-2019"));
    }

    @Test
    void an_override_moves_the_figures_and_shows_its_reproducibility_hash() throws Exception {
        open();
        compare();
        String plainHashes = browser.findElement(By.id("hashes")).getText();
        assertTrue(!plainHashes.contains("Overrides hash"), "no overrides hash without overrides: " + plainHashes);

        browser.findElement(By.id("o-share")).sendKeys("0.30");
        compare();

        assertTrue(text(cell("hip-replacement-A", "isf-2024", "per-contact")).startsWith("32 916,24 kr"),
                text(cell("hip-replacement-A", "isf-2024", "per-contact")));
        String hashes = browser.findElement(By.id("hashes")).getText();
        assertTrue(hashes.contains("Overrides hash") && hashes.contains("isf-2019") && hashes.contains("isf-2024"), hashes);
        browser.findElement(By.id("copy-curl")).click();
        String curl = browser.findElement(By.id("curl")).getAttribute("value");
        assertTrue(curl.contains("/api/v1/comparisons") && curl.contains("\"isfShare\":0.3"), curl);
    }

    @Test
    void bad_input_shows_the_apis_message_next_to_the_field_and_keeps_what_was_typed() throws Exception {
        open();
        WebElement share = browser.findElement(By.id("o-share"));
        share.sendKeys("1.5");

        compare();

        WebElement error = browser.findElement(By.cssSelector("#o-share + .field-error"));
        assertTrue(error.getText().contains("must be at most 1, not 1.5"), error.getText());
        assertEquals("1.5", share.getAttribute("value"));
        String problem = browser.findElement(By.id("compare-problem")).getText();
        assertTrue(problem.contains("Somatic ISF share: must be at most 1, not 1.5"), problem);
        screenshot("bad-input.png");
    }

    @Test
    void a_rule_change_shows_winners_losers_and_a_waterfall_that_adds_up_to_the_apis_total() throws Exception {
        open();
        browser.findElement(By.id("tab-change")).click();
        browser.findElement(By.id("change-run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#attribution tr:nth-child(3)")));

        JsonNode impact = post("/api/v1/impact", "{\"baseline\": \"isf-2024\", \"candidate\": \"candidate-2025-package\"}");
        String total = kr(impact.get("attribution").get("total").decimalValue());
        assertTrue(text(browser.findElement(By.id("attribution"))).contains(total), total);
        assertTrue(text(browser.findElement(By.id("attribution"))).contains("tariffs.somatic.isfShare"));
        assertTrue(browser.findElement(By.cssSelector("#waterfall canvas")).isDisplayed());
        // the total is labelled with its population and never shown as a budget; income is shown beside ISF
        String summary = browser.findElement(By.id("change-summary")).getText();
        assertTrue(summary.contains("one of each fixture") && summary.contains("not a budget"), summary);
        JsonNode shared = post("/api/v1/impact", "{\"baseline\": \"isf-2024\", \"candidate\": \"candidate-2025-package\","
                + " \"compensation\": \"share\"}");
        String income = kr(shared.get("income").get("income").get("candidate").decimalValue());
        assertTrue(text(browser.findElement(By.id("change-money"))).contains(income), income);
        screenshot("rule-change.png");
    }

    @Test
    void a_pasted_pathway_is_compared_with_the_family_and_a_broken_one_is_named() throws Exception {
        open();
        browser.findElement(By.cssSelector("#own-pathway")).findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
        WebElement own = browser.findElement(By.id("own-pathway"));
        own.sendKeys("{\"id\": \"mine\", \"family\": \"hip-replacement\", \"variant\": \"mine\", \"contacts\": ["
                + "{\"id\": \"1\", \"date\": \"2024-02-05\", \"kind\": \"admission-with-surgery\", \"mode\": \"in-person\","
                + " \"setting\": \"somatic\", \"personnel\": \"physician\", \"groupCode\": \"HIP-SURGERY\"}]}");
        compare();

        // 2.000 × 52 248 × 0.40 = 41 798.40 per contact; the isf-2024 hip bundle pays 43 749.00
        assertTrue(text(cell("mine", "isf-2024", "per-contact")).startsWith("41 798,40 kr"));
        assertTrue(text(cell("mine", "isf-2024", "bundle")).startsWith("43 749,00 kr"));
        assertTrue(text(cell("hip-replacement-A", "isf-2024", "per-contact")).startsWith("43 888,33 kr"));

        own.sendKeys(" oops");
        compare();
        WebElement error = browser.findElement(By.cssSelector("#own-pathway + .field-error"));
        assertTrue(!error.getText().isEmpty());
        assertTrue(own.getAttribute("value").endsWith(" oops"), "what was typed is kept");
    }

    @Test
    void the_page_works_on_a_narrow_screen() throws Exception {
        open();
        browser.manage().window().setSize(new Dimension(420, 900));
        compare();
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 1, "horizontal overflow " + overflow);
        screenshot("narrow.png");
    }
}
