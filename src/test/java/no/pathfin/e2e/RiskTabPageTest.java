package no.pathfin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Risk of a design" tab in headless Chromium against the real server: a hospital's hip episodes (85 % A, 10 % D,
 * 5 % F), 200 a year under isf-2024; every figure shown is the API's for the same question.
 */
class RiskTabPageTest {

    private static final String HIPS = "\"mix\": [{\"pathwayId\": \"hip-replacement-A\", \"share\": 0.85},"
            + " {\"pathwayId\": \"hip-replacement-D-check-call\", \"share\": 0.10},"
            + " {\"pathwayId\": \"hip-replacement-F-early-revision\", \"share\": 0.05}]";

    private static LivePage page;

    @BeforeAll
    static void start() throws Exception {
        page = new LivePage();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    private static void run() {
        page.find("#risk-run").click();
        page.awaitIdle("risk");
    }

    /** The cells of a table's row whose first cell is the text given, as shown. */
    private static List<String> row(String css, String first) {
        for (WebElement tr : page.browser.findElements(By.cssSelector(css + " tbody tr"))) {
            List<String> cells = tr.findElements(By.cssSelector("th, td")).stream()
                    .map(c -> c.getText().replace('\u00a0', ' ')).toList();
            if (cells.get(0).equals(first)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + first + " in " + css);
    }

    private static String kr(JsonNode amount) {
        String[] parts = amount.decimalValue().abs().setScale(2).toPlainString().split("\\.");
        String grouped = parts[0].replaceAll("\\B(?=(\\d{3})+(?!\\d))", " ");
        return (amount.decimalValue().signum() < 0 ? "−" : "") + grouped + "," + parts[1] + " kr";
    }

    @Test
    void each_design_s_year_is_drawn_side_by_side_and_tabled_as_the_api_answers() throws Exception {
        page.open("risk");
        run();

        JsonNode api = page.post("/api/v1/design-risk", "application/json", "{\"ruleSet\": \"isf-2024\", \"episodes\": 200, "
                + HIPS + ", \"seed\": 1, \"designs\": [{\"label\": \"per-contact\", \"model\": \"per-contact\"},"
                + " {\"label\": \"bundle\", \"model\": \"bundle\"}]}");
        for (JsonNode design : api.get("designs")) {
            List<String> shown = row("#risk-years", design.get("label").asText());
            assertEquals(kr(design.at("/income/mean")), shown.get(2), shown.toString());
            assertEquals(kr(design.at("/margin/p5")), shown.get(8), shown.toString());
        }
        // the bundle: a loss in 87,6 % of years (docs/payment-designs.md)
        assertEquals("87,6 %", row("#risk-years", "bundle").get(10));
        assertTrue(page.text("#risk-method").startsWith("Exact: every way the year can fall"), page.text("#risk-method"));

        Object series = page.browser.executeScript("return echarts.getInstanceByDom(document.querySelector('#risk-chart'))"
                + ".getOption().series.map((s) => s.name + ':' + s.data.length)");
        assertEquals(List.of("per-contact:24", "bundle:24"), series, "one distribution of 24 bins per design");
        Object firstBin = page.browser.executeScript("return echarts.getInstanceByDom(document.querySelector('#risk-chart'))"
                + ".getOption().series[1].data[0][1]");
        assertEquals(api.at("/designs/1/margin/histogram/0/probability").doubleValue(), ((Number) firstBin).doubleValue(), 1e-9);
        Object boxes = page.browser.executeScript("return echarts.getInstanceByDom(document.querySelector('#risk-range-chart'))"
                + ".getOption().series[0].data.length");
        assertEquals(2L, ((Number) boxes).longValue());
        assertEquals(6, page.browser.findElements(By.cssSelector("#risk-episodes-table tbody tr")).size(), "3 pathways × 2 designs");
        page.screenshot("risk.png", 1280);
        page.screenshot("risk-narrow.png", 420);
        assertTrue(page.overflow() <= 1, "sideways scrolling at 420 px: " + page.overflow());
    }

    @Test
    void a_design_with_its_price_changed_is_the_sensitivity_s_point_at_that_price_and_the_link_asks_again() {
        page.open("risk");
        new Select(page.find("#risk-own-parameter")).selectByValue("bundles.hip-replacement-bundle.price");
        page.find("#risk-own-value").sendKeys("40 000");
        new Select(page.find("#risk-vary-parameter")).selectByValue("bundles.hip-replacement-bundle.price");
        new Select(page.find("#risk-vary-design")).selectByValue("bundle");
        page.find("#risk-vary-values").sendKeys("40 000; 46 000");
        run();

        List<String> own = row("#risk-years", "the price of hip-replacement-bundle at 40 000");
        List<String> atForty = row("#risk-sensitivity-table", "40 000");
        assertEquals(own.subList(2, 11), atForty.subList(1, 10), "the bundle at 40 000 whichever way it is asked");
        assertEquals("Sensitivity of bundle to bundles.hip-replacement-bundle.price", page.text("#risk-sensitivity-heading"));
        String table = page.text("#risk-sensitivity-table");

        String link = page.browser.getCurrentUrl();
        assertTrue(link.contains("#risk?") && link.contains("run=1"), link);
        page.browser.get("about:blank");
        page.browser.get(link);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#risk-sensitivity-table table")));
        page.awaitIdle("risk");
        assertEquals(table, page.text("#risk-sensitivity-table"), "the link asks the same question again");
    }

    @Test
    void a_corridor_lifts_an_early_revision_to_its_stop_loss_and_narrows_the_margin() {
        page.open("risk");
        page.find("#risk-corridor").sendKeys("5 %");
        run();

        List<String> revision = null;
        for (WebElement tr : page.browser.findElements(By.cssSelector("#risk-episodes-table tbody tr"))) {
            List<String> cells = tr.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().replace('\u00a0', ' ')).toList();
            if (cells.get(0).equals("bundle with a 5 % corridor") && cells.get(1).equals("hip-replacement-F-early-revision")) {
                revision = cells;
            }
        }
        // F is worth 93 419.43 per contact; the bundle pays 57 646.97, below 93 419.43 × (1 − 0.05) = 88 748.46
        assertEquals("88 748,46 kr", revision.get(3), String.valueOf(revision));
        String bundleSd = row("#risk-years", "bundle").get(7);
        String corridorSd = row("#risk-years", "bundle with a 5 % corridor").get(7);
        assertTrue(Double.parseDouble(corridorSd.replace(" kr", "").replace(" ", "").replace(",", "."))
                < Double.parseDouble(bundleSd.replace(" kr", "").replace(" ", "").replace(",", ".")), corridorSd + " vs " + bundleSd);
    }

    @Test
    void shares_that_do_not_add_up_are_refused_at_the_mix_in_words() {
        page.open("risk");
        page.find("#risk-share-hip-replacement-F-early-revision").clear();
        run();

        assertTrue(page.text("#risk-problem").contains("the shares must add up to 1, not 0.95"), page.text("#risk-problem"));
        assertEquals("true", page.find("#risk-mix").getAttribute("aria-invalid"));
        assertTrue(!page.find("#risk-result").isDisplayed(), "no result stands under the refusal");
    }
}
