package no.pathfin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The compare tab as an analyst uses it every day: its state, its errors, its charts, its what-if and its link. */
class CompareTabPageTest {

    private static LivePage page;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

    private static String base() {
        return "http://127.0.0.1:" + page.port() + "/";
    }

    private static void open(String hash) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("about:blank");
        browser.get(base() + hash);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    private static void compare() {
        browser.findElement(By.id("compare-run")).click();
        settle();
    }

    private static void settle() {
        wait.until(d -> d.findElement(By.id("compare-form")).getAttribute("aria-busy") == null
                && (!d.findElement(By.id("compare-problem")).getText().isEmpty() || d.findElement(By.id("compare-result")).isDisplayed()));
    }

    private static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ');
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path.substring(1)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static void tick(String selector, boolean on) {
        WebElement box = browser.findElement(By.cssSelector(selector));
        if (box.isSelected() != on) {
            box.click();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> chartOption(String id) {
        return (Map<String, Object>) browser.executeScript(
                "const o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
                        + "return { legend: (o.legend[0] || {}).data || [], axisName: o.xAxis[0].name,"
                        + " categories: o.yAxis[0].data, series: o.series.map(s => ({ name: s.name,"
                        + " data: s.data.map(d => typeof d === 'object' ? d.value : d) })) };", id);
    }

    @Test
    void the_button_is_busy_while_a_comparison_runs_and_a_new_error_hides_the_old_result() {
        open("");
        browser.executeScript("window.seen = []; new MutationObserver(() => window.seen.push("
                + "document.getElementById('compare-run').disabled + ' ' + document.querySelector('#compare-form .busy').textContent))"
                + ".observe(document.getElementById('compare-form'), { attributes: true, subtree: true, childList: true, characterData: true });");
        compare();
        List<?> seen = (List<?>) browser.executeScript("return window.seen;");
        assertTrue(seen.contains("true Working…"), "the button was disabled and said so while the request ran: " + seen);
        assertTrue(browser.findElement(By.id("compare-run")).isEnabled());

        tick("input[name=model][value=per-contact]", false);
        tick("input[name=model][value=bundle]", false);
        compare();

        assertFalse(browser.findElement(By.id("compare-result")).isDisplayed(), "no earlier result stands under the error");
        String problem = browser.findElement(By.id("compare-problem")).getText();
        assertTrue(problem.contains("Financing models") && !problem.contains("schema") && !problem.contains("items but found"), problem);
    }

    @Test
    void numbers_typed_the_way_the_page_writes_them_are_read_as_numbers() throws Exception {
        open("");
        type("o-price", "52 248");
        type("o-share", "30 %");
        compare();
        assertEquals("", browser.findElement(By.id("compare-problem")).getText());

        JsonNode api = post("/api/v1/comparisons", "{\"family\": \"hip-replacement\", \"variants\": [\"A\"], \"ruleSets\":"
                + " [\"isf-2024\"], \"models\": [\"per-contact\"], \"baseline\": \"A\", \"overrides\": {\"tariffs\":"
                + " {\"somatic\": {\"isfShare\": 0.3, \"unitPrice\": 52248}}}}");
        String shown = text(browser.findElement(By.cssSelector("#matrix .cell[data-pathway='hip-replacement-A'][data-rule-set='isf-2024'][data-model='per-contact']")));
        assertTrue(shown.startsWith(WebPageTest.kr(api.get("cells").get(0).get("total").decimalValue())), shown);
    }

    @Test
    void with_no_variant_ticked_the_error_stands_at_the_visible_variants() {
        open("");
        for (WebElement box : browser.findElements(By.cssSelector("input[name=variant]"))) {
            if (box.isSelected()) {
                box.click();
            }
        }
        compare();
        WebElement error = browser.findElement(By.cssSelector("#variants + .field-error"));
        assertTrue(error.isDisplayed() && error.getText().contains("tick at least one variant"), error.getText());
        assertFalse(browser.findElement(By.id("own-pathway")).isDisplayed(), "the pasted-pathway section stays closed");
    }

    @Test
    void the_difference_chart_shows_each_variants_difference_from_the_baseline_in_kroner_and_colours_revenue_by_kind() throws Exception {
        open("");
        compare();
        JsonNode api = post("/api/v1/comparisons", "{\"family\": \"hip-replacement\", \"variants\": [\"A\", \"B\", \"C\"],"
                + " \"ruleSets\": [\"isf-2019\", \"isf-2020\", \"isf-2024\"], \"models\": [\"per-contact\", \"bundle\"], \"baseline\": \"A\"}");

        Map<String, Object> differences = chartOption("difference-chart");
        assertTrue(String.valueOf(differences.get("axisName")).contains("(kr)"), "units on the axis: " + differences.get("axisName"));
        List<?> categories = (List<?>) differences.get("categories");
        List<?> values = (List<?>) ((Map<?, ?>) ((List<?>) differences.get("series")).get(0)).get("data");
        assertEquals(12, categories.size(), "B and C against A under three rule sets and two models");
        int c2024 = categories.indexOf("C vs A · isf-2024 · per-contact");
        assertEquals(new BigDecimal("208.99"), new BigDecimal(String.valueOf(values.get(c2024))).setScale(2),
                "C earns 208.99 more than A under isf-2024 per contact");
        for (JsonNode cell : api.get("cells")) {
            if (!cell.get("variant").asText().equals("A")) {
                int at = categories.indexOf(cell.get("variant").asText() + " vs A · " + cell.get("ruleSet").asText() + " · " + cell.get("model").asText());
                assertEquals(0, cell.get("differenceFromBaseline").decimalValue().compareTo(new BigDecimal(String.valueOf(values.get(at)))));
            }
        }

        Map<String, Object> revenue = chartOption("chart");
        assertEquals(List.of("assessment", "admission-with-surgery", "control"), revenue.get("legend"), "coloured by kind, with a legend");
        assertTrue(String.valueOf(revenue.get("axisName")).contains("(kr)"));
    }

    @Test
    void a_what_if_is_announced_and_shown_beside_the_figures_without_it() throws Exception {
        open("");
        type("o-share", "0,30");
        compare();

        String banner = text(browser.findElement(By.id("whatif-banner")));
        assertTrue(banner.contains("What-if active") && banner.contains("somatic ISF share 0,3")
                && banner.contains("isf-2019, isf-2020, isf-2024"), banner);
        String cell = text(browser.findElement(By.cssSelector("#matrix .cell[data-pathway='hip-replacement-A'][data-rule-set='isf-2024'][data-model='per-contact']")));
        assertTrue(cell.startsWith("32 916,24 kr") && cell.contains("without: 43 888,33 kr"), cell);
        List<?> legend = (List<?>) chartOption("difference-chart").get("legend");
        assertEquals(List.of("with the what-if", "without it"), legend);

        type("o-share", "");
        compare();
        assertFalse(browser.findElement(By.id("whatif-banner")).isDisplayed(), "no banner without a what-if");
        assertFalse(text(browser.findElement(By.id("matrix"))).contains("without:"));
    }

    @Test
    void the_state_is_in_the_link_and_the_link_reproduces_the_comparison() {
        open("");
        tick("input[name=ruleSet][value=isf-2019]", false);
        tick("input[name=variant][value=D]", true);
        type("o-price", "50 000");
        compare();
        String link = browser.getCurrentUrl();
        assertTrue(link.contains("variants=A%2CB%2CC%2CD") || link.contains("variants=A,B,C,D"), link);
        String shown = text(browser.findElement(By.id("matrix")));

        browser.get("about:blank");
        browser.get(link);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        settle();
        assertEquals(shown, text(browser.findElement(By.id("matrix"))));
        assertEquals("50 000", browser.findElement(By.id("o-price")).getAttribute("value"));
        assertFalse(browser.findElement(By.cssSelector("input[name=ruleSet][value=isf-2019]")).isSelected());
    }

    @Test
    void copy_as_curl_survives_an_apostrophe_in_a_description_when_run_by_a_shell() throws Exception {
        open("");
        tick("input[name=variant][value=D]", true);
        browser.findElement(By.cssSelector("#own-pathway")).findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
        browser.findElement(By.id("own-pathway")).sendKeys("{\"id\": \"mine\", \"family\": \"hip-replacement\", \"variant\": \"mine\","
                + " \"description\": \"the nurse's own\", \"contacts\": [{\"id\": \"1\", \"date\": \"2024-02-05\","
                + " \"kind\": \"assessment\", \"mode\": \"in-person\", \"setting\": \"somatic\", \"personnel\": \"physician\","
                + " \"groupCode\": \"ORT-ASSESS\"}]}");
        compare();
        browser.findElement(By.id("copy-curl")).click();
        String curl = browser.findElement(By.id("curl")).getAttribute("value");
        assertTrue(curl.contains("nurse'\\''s"), curl);

        Process shell = new ProcessBuilder("bash", "-c", curl).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(shell.waitFor(60, TimeUnit.SECONDS));
        JsonNode answer = JSON.readTree(out);
        assertTrue(answer.has("cells"), "the shell ran the request as the page made it: " + answer);
    }

    @Test
    void a_lines_figure_says_where_each_factor_comes_from_and_which_regulation_its_rule_cites() {
        open("");
        type("o-share", "0,30");
        compare();
        browser.findElement(By.cssSelector("#matrix .cell[data-pathway='hip-replacement-A'][data-rule-set='isf-2024'][data-model='per-contact']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lines"), "Lines of"));

        String lines = text(browser.findElement(By.id("lines")));
        assertTrue(lines.contains("HIGH unit price 52 248"), "the source of the unit price: " + lines);
        assertTrue(lines.contains("WHAT-IF ISF share 0,3"), "the override is marked as such");
        assertTrue(lines.contains("ILLUSTRATIVE cost weight ORT-ASSESS"), "an illustrative weight says so");
        assertTrue(lines.contains("ISF regelverk: refusjon = DRG-poeng × enhetspris × refusjonssats"), "the regulation is on the page");
        // the page sends 0.3; an override is written to the decimals of the share it replaces (0.40): 0,30
        assertTrue(lines.contains("0,040 × 52 248 × 0,30 = 626,98"), "the formula is written as the page writes numbers: " + lines);
        Number top = (Number) browser.executeScript("return document.querySelector('#lines h3').getBoundingClientRect().top;");
        // at the top of the view, up to a fraction of a pixel (layout positions are not whole pixels)
        assertTrue(top.doubleValue() > -1 && top.doubleValue() < 200, "the lines are scrolled into view: top " + top);
        assertEquals("left", browser.findElement(By.cssSelector("#lines td.text")).getCssValue("text-align"));
        assertEquals("right", browser.findElement(By.cssSelector("#lines td.num")).getCssValue("text-align"));
    }

    @Test
    void the_difference_chart_labels_stay_readable_on_a_narrow_screen() {
        open("");
        browser.manage().window().setSize(new Dimension(420, 900));
        compare();
        Number overflow = (Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 1, "horizontal overflow " + overflow);
        Number height = (Number) browser.executeScript("return document.getElementById('difference-chart').clientHeight;");
        assertTrue(height.intValue() >= 12 * 30, "each of the 12 bars has room for its label: " + height);
    }
}
