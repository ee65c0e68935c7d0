package no.pathfin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Project to 2035" tab in headless Chromium against the real server and the shipped scenarios, over the sample
 * activity: the figures are those of docs/projection.md (ProjectionTest works them by hand).
 */
class ProjectionTabPageTest {

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

    private static void project(String scenario, String compare) {
        new Select(page.find("#projection-scenario")).selectByValue(scenario);
        new Select(page.find("#projection-compare")).selectByValue(compare);
        page.find("#projection-run").click();
        page.awaitIdle("projection");
    }

    /** The cells of the last column (2035) of a table's row whose header is the given text. */
    private static String lastCell(String tableCss, String rowHeader) {
        for (WebElement row : page.browser.findElements(By.cssSelector(tableCss + " tr"))) {
            List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
            if (cells.get(0).getText().equals(rowHeader)) {
                return cells.get(cells.size() - 1).getText().replace('\u00a0', ' ');
            }
        }
        throw new AssertionError("no row " + rowHeader + " in " + tableCss);
    }

    private static Object chart(String css, String expression) {
        return page.browser.executeScript("return echarts.getInstanceByDom(document.querySelector(arguments[0]))"
                + ".getOption()." + expression, css);
    }

    @Test
    void the_tab_is_reached_by_the_arrow_keys_and_offers_the_servers_scenarios_with_labelled_controls() {
        page.open("year");
        page.find("#tab-year").sendKeys(Keys.ARROW_RIGHT);

        assertEquals("true", page.find("#tab-projection").getAttribute("aria-selected"));
        assertEquals("tab-projection", page.browser.switchTo().activeElement().getAttribute("id"));
        assertTrue(page.find("#projection").isDisplayed());
        List<String> scenarios = new Select(page.find("#projection-scenario")).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("demography", "home-2035", "quality-pot", "status-quo"), scenarios);
        assertEquals("", new Select(page.find("#projection-compare")).getFirstSelectedOption().getAttribute("value"));
        assertTrue(page.text("#projection-scenario-about").contains("Demographic growth alone"));
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) page.browser.executeScript("return [...document.querySelectorAll("
                + "'#projection input, #projection select, #projection button')].filter((c) => { const l = c.matches('button')"
                + " ? c.textContent : (c.closest('label') || {}).textContent; return !l || !l.trim(); }).map((c) => c.id || c.outerHTML);");
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void a_scenario_is_projected_with_income_cost_and_personnel_each_year_by_region_or_by_trust() throws Exception {
        page.open("projection");
        page.browser.executeScript("window.seen = []; new MutationObserver(() => window.seen.push("
                + "document.getElementById('projection-status').textContent)).observe(document.getElementById("
                + "'projection-status'), { childList: true, characterData: true, subtree: true });");
        new Select(page.find("#projection-scenario")).selectByValue("demography");
        page.find("#projection-run").click();
        assertFalse(page.find("#projection-run").isEnabled(), "the button is disabled while the job runs");
        page.awaitIdle("projection");

        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.browser.executeScript("return window.seen;");
        assertTrue(seen.stream().anyMatch(s -> s.contains("Projecting demography year by year") || s.contains("Queued")), seen.toString());
        // demography's 2035 income over the sample: 237 288.43 (docs/projection.md)
        assertEquals("237 288,43 kr", lastCell("#projection-groups figure:nth-of-type(1) tfoot", "Total"));
        assertEquals("income (kr)", chart("#projection-chart-0", "yAxis[0].name"));
        assertEquals("personnel (hours)", chart("#projection-chart-2", "yAxis[0].name"));
        assertEquals(4L, chart("#projection-chart-0", "series.length"));
        assertFalse(page.find("#projection-shown").isDisplayed(), "no choice of scenario when there is one");
        page.screenshot("projection.png", 1280);

        page.find("input[name=projection-by][value=trust]").click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#projection-groups h3"), "health trust"));
        assertEquals("237 288,43 kr", lastCell("#projection-groups figure:nth-of-type(1) tfoot", "Total"));
        assertTrue(page.browser.findElements(By.cssSelector("#projection-groups figure:nth-of-type(1) tbody tr")).size() > 4);
        new Select(page.find("#projection-people")).selectByValue("fte");
        page.wait.until(d -> "personnel (FTE)".equals(chart("#projection-chart-2", "yAxis[0].name")));
        assertTrue(page.browser.getCurrentUrl().contains("#projection?job="), page.browser.getCurrentUrl());
    }

    @Test
    void earlier_projections_are_listed_and_each_can_be_shown_and_deleted_and_its_files_come_in_three_forms() {
        String id = page.post("/api/v1/projection-jobs", "application/json", "{\"scenario\": \"status-quo\"}")
                .get("id").asText();
        page.wait.until(d -> page.get("/api/v1/projection-jobs/" + id).get("status").asText().equals("done"));
        page.open("projection");
        String row = "#projection-jobs tr[data-job='" + id + "']";
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row)));
        assertTrue(page.text(row).contains("done") && page.text(row).contains("status-quo"), page.text(row));

        page.find(row + " button.show").click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projection-heading"), "status-quo"));
        page.awaitIdle("projection");
        assertTrue(page.find("#projection-files a[href$='/results/projection-by-year.csv?format=xlsx']").isDisplayed());
        assertTrue(page.find("#projection-files a[href$='/results/projection-by-year.csv?format=csv-no']").isDisplayed());

        page.find(row + " button.delete").click();
        page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(row)));
        assertFalse(page.find("#projection-result").isDisplayed(), "the deleted projection is no longer shown");
        assertEquals("not-found", page.get("/api/v1/projection-jobs/" + id).path("type").asText().replaceAll(".*:", ""));
    }

    @Test
    void two_scenarios_show_their_difference_year_by_year_and_what_moved_it() throws Exception {
        page.open("projection");
        project("demography", "home-2035");

        // demography → home-2035 in 2035 (docs/projection.md): income −3 147.01, margin +4 836.51
        assertEquals("−3 147,01 kr", page.text("#projection-difference tbody tr:last-child td:nth-of-type(3)"));
        assertEquals("+4 836,51 kr", page.text("#projection-difference tbody tr:last-child td:nth-of-type(5)"));
        assertEquals("−1 536,87 kr", lastCell("#projection-attribution", "change phv-sessions-to-phone"));
        assertEquals("−1 403,11 kr", lastCell("#projection-attribution", "financing"));
        assertEquals("−3 147,01 kr", lastCell("#projection-attribution", "Difference of income"));
        assertEquals("home-2035 − demography (kr)", chart("#projection-difference-chart", "yAxis[0].name"));
        assertEquals(6L, chart("#projection-attribution-chart", "series.length"));
        assertTrue(page.find("#projection-attribution-chart canvas").isDisplayed());
        new Select(page.find("#projection-shown")).selectByValue("second");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#projection-groups h3"), "home-2035"));
        page.screenshot("projection-compare.png", 1280);
        page.screenshot("projection-compare-narrow.png", 420);
        assertTrue(page.overflow() <= 1, "sideways scrolling at 420 px: " + page.overflow());
    }

    @Test
    void a_finished_repricing_job_is_the_base_year_and_one_that_kept_no_activity_is_refused_at_its_field() throws Exception {
        String sample = Files.readString(Path.of("pathways/activity/sample-activity.csv"));
        String kept = page.post("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan&keepActivity=true",
                "text/csv", sample).get("id").asText();
        String dropped = page.post("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan", "text/csv", sample)
                .get("id").asText();
        page.awaitJob(kept);
        page.awaitJob(dropped);
        page.open("projection");

        new Select(page.find("#projection-base")).selectByValue(dropped);
        project("demography", "");
        WebElement error = page.find("#projection-base + .field-error");
        assertTrue(error.getText().contains("did not keep its activity file"), error.getText());

        new Select(page.find("#projection-base")).selectByValue(kept);
        project("demography", "");
        assertTrue(page.text("#projection-basis").contains("repricing job " + kept), page.text("#projection-basis"));
        assertEquals("237 288,43 kr", lastCell("#projection-groups figure:nth-of-type(1) tfoot", "Total"));
    }

    @Test
    void the_quality_pot_stands_beside_isf_and_the_block_grant_in_the_whole_money_and_in_each_trusts_income() {
        page.open("projection");
        project("quality-pot", "");

        // the 16 trusts of the sample share 453 828 634.92 of isf-2024's 566 400 000 kr every year
        // (ProjectionQualityPotTest); 2035: ISF 91 131.43 + block grant 146 157.00 + quality pot = 454 065 923.35
        String money = "#projection-money figure tbody tr:last-child td:nth-of-type(%d)";
        assertEquals("91 131,43 kr", page.text(money.formatted(1)));
        assertEquals("146 157,00 kr", page.text(money.formatted(2)));
        assertEquals("453 828 634,92 kr", page.text(money.formatted(3)));
        assertEquals("454 065 923,35 kr", page.text(money.formatted(4)));
        assertEquals("Quality pot (kr)", page.text("#projection-money figure thead th:nth-of-type(4)"));
        assertEquals("Quality pot", chart("#projection-money-chart", "series[2].name"));
        assertEquals("income", chart("#projection-money-chart", "series[2].stack"));
        assertEquals("454 065 923,35 kr", lastCell("#projection-groups figure:nth-of-type(1) tfoot", "Total"));

        page.find("input[name=projection-by][value=trust]").click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#projection-groups h3"), "health trust"));
        // by trust, each trust's income holds its share of the pot too, so the total is the same as by region
        assertEquals("454 065 923,35 kr", lastCell("#projection-groups figure:nth-of-type(1) tfoot", "Total"));
    }
}
