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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The "Reprice a year" tab in headless Chromium against the real server: counts, bad rows, tables, charts, jobs. */
class YearTabPageTest {

    private static LivePage page;

    @TempDir
    Path temp;

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

    private void upload(Path file) {
        page.open("year");
        page.find("#year-file").sendKeys(file.toAbsolutePath().toString());
        page.find("#year-run").click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#year-by-setting tfoot")));
        page.awaitIdle("year");
    }

    /** The sample year and four rows that cannot be read, at lines 62 to 65. */
    private Path withBadRows() throws Exception {
        Path file = temp.resolve("with-bad-rows.csv");
        Files.writeString(file, Files.readString(Path.of("pathways/activity/sample-activity.csv"))
                + "PX,HF-OUS,PX-1,2024-02-30,assessment,in-person,somatic,false,physician,hospital,ORT-ASSESS,,false,true\n"
                + "PY,HF-OUS,PY-1,2024-02-03,bogus,in-person,somatic,false,physician,hospital,ORT-ASSESS,,false,true\n"
                + "PZ,HF-OUS,PZ-1,2024-02-03\n"
                + "PW,HF-OUS,PW-1,2024-02-03,assessment,in-person,somatic,false,physician,hospital,NO-SUCH,,false,true\n");
        return file;
    }

    @Test
    void an_uploaded_year_counts_rows_read_priced_and_bad_as_the_command_line_does_and_lists_every_bad_row() throws Exception {
        upload(withBadRows());

        // the command line says "64 rows read, 4 bad" for the same file: 60 priced
        assertTrue(page.text("#year-counts").startsWith("64 rows read: 60 priced, 4 bad"), page.text("#year-counts"));
        List<WebElement> bad = page.browser.findElements(By.cssSelector("#year-bad tbody tr"));
        assertEquals(4, bad.size());
        assertEquals("62", bad.get(0).findElement(By.tagName("th")).getText());
        assertTrue(bad.get(0).getText().contains("date '2024-02-30' is not a valid date"), bad.get(0).getText());
        assertTrue(bad.get(1).getText().contains("kind 'bogus'"), bad.get(1).getText());
        assertTrue(bad.get(2).getText().contains("expected 14 fields, found 4"), bad.get(2).getText());
        assertEquals("65", bad.get(3).findElement(By.tagName("th")).getText());
        assertTrue(page.text("#year-bad caption").contains("Every bad row (4)"), page.text("#year-bad caption"));
    }

    @Test
    void the_result_tables_have_worded_headings_percentages_a_total_and_a_chart_of_the_difference_in_kroner() throws Exception {
        upload(Path.of("pathways/activity/sample-activity.csv"));

        String head = page.text("#year-by-setting thead");
        assertTrue(head.contains("Setting") && head.contains("isf-2024 (kr)") && head.contains("Difference isf-2025-plan (%)"), head);
        String somatic = page.text("#year-by-setting tbody tr:nth-child(2)");
        assertTrue(somatic.startsWith("somatic 53 79 835,08 kr 59 876,30 kr −19 958,78 kr −25,0 %"), somatic);
        // the file's percentages are percentage points (-25.00), shown as −25,0 %, not −2 500 %
        String total = page.text("#year-by-setting tfoot");
        assertEquals("Total 60 86 266,34 kr 66 307,56 kr −19 958,78 kr −23,1 %", total);
        assertTrue(page.text("#year-by-hospital tfoot").contains("86 266,34 kr"), page.text("#year-by-hospital tfoot"));
        for (String chart : List.of("#year-setting-chart", "#year-hospital-chart")) {
            assertTrue(page.find(chart + " canvas").isDisplayed(), chart);
            Object axis = page.browser.executeScript("return echarts.getInstanceByDom(document.querySelector(arguments[0]))"
                    + ".getOption().xAxis[0].name", chart);
            assertEquals("ISF difference from isf-2024 (kr)", axis);
        }
        Object hospitals = page.browser.executeScript("return echarts.getInstanceByDom(document.querySelector("
                + "'#year-hospital-chart')).getOption().yAxis[0].data.length");
        assertEquals(page.browser.findElements(By.cssSelector("#year-by-hospital tbody tr")).size(), ((Number) hospitals).intValue());
        assertTrue(page.find("#year-files a[href$='/results/by-setting.csv?format=csv-no']").isDisplayed());
        assertTrue(page.find("#year-files a[href$='/results/by-setting.csv?format=xlsx']").isDisplayed());
        assertTrue(page.find("#year-files a[href$='/results/by-setting.csv']").isDisplayed());
        page.screenshot("year-results.png", 1280);
        page.screenshot("year-results-narrow.png", 420);
        assertTrue(page.overflow() <= 1, "sideways scrolling at 420 px: " + page.overflow());
    }

    @Test
    void generating_a_year_shows_its_progress_and_disables_the_buttons_until_it_ends() {
        page.open("year");
        WebElement contacts = page.find("#year-contacts");
        contacts.clear();
        contacts.sendKeys("200 000");
        page.browser.executeScript("window.seen = []; new MutationObserver(() => window.seen.push("
                + "document.getElementById('year-status').textContent)).observe(document.getElementById('year-status'),"
                + " { childList: true, characterData: true, subtree: true });");

        page.find("#year-generate").click();

        assertFalse(page.find("#year-generate").isEnabled(), "generate is disabled while the job runs");
        assertFalse(page.find("#year-run").isEnabled(), "upload is disabled while the job runs");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("year-progress")));
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#year-by-hospital tfoot")));
        page.awaitIdle("year");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.browser.executeScript("return window.seen;");
        // a fast machine may run the whole job between two polls; what must show is a state before "done"
        assertTrue(seen.stream().anyMatch(s -> s.contains("Generating the year") || s.contains("rows so far")
                || s.startsWith("Queued")), seen.toString());
        assertTrue(seen.get(seen.size() - 1).contains("done"), seen.toString());
        assertTrue(page.find("#year-generate").isEnabled() && page.find("#year-run").isEnabled());
        assertTrue(page.text("#year-counts").startsWith("200 000 rows read: 200 000 priced, 0 bad"), page.text("#year-counts"));
    }

    @Test
    void earlier_jobs_are_listed_and_each_can_be_shown_and_deleted() throws Exception {
        String id = page.post("/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2024:bundle", "text/csv",
                readSample()).get("id").asText();
        page.awaitJob(id);
        page.open("year");
        String row = "#year-jobs tr[data-job='" + id + "']";
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row)));

        String listed = page.text(row);
        assertTrue(listed.contains("done") && listed.contains("isf-2024 isf-2024:bundle") && listed.contains(" 60 0"), listed);
        page.find(row + " button.show").click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("year-result-heading"), id));
        assertTrue(page.text("#year-counts").startsWith("60 rows read: 60 priced, 0 bad"), page.text("#year-counts"));
        assertTrue(page.text("#year-by-setting thead").contains("Difference isf-2024:bundle (kr)"));
        assertTrue(page.browser.getCurrentUrl().endsWith("#year?job=" + id), page.browser.getCurrentUrl());
        page.screenshot("year-jobs.png", 1280);

        page.find(row + " button.delete").click();
        page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(row)));
        assertEquals(404, page.get("/api/v1/reprice-jobs/" + id).get("status").asInt());
        assertFalse(page.find("#year-result").isDisplayed(), "the deleted job's results are no longer shown");
    }

    @Test
    void a_running_job_is_not_deleted_and_the_page_says_why() {
        String id = page.post("/api/v1/reprice-jobs/generated?baseline=isf-2024&candidate=isf-2025-plan&contacts=1500000",
                "application/json", "").get("id").asText();
        page.open("year");
        String row = "#year-jobs tr[data-job='" + id + "']";
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row)));

        page.find(row + " button.delete").click();

        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("year-jobs-problem"), "still running"));
        assertTrue(page.text("#year-jobs-problem").contains("job " + id + " is still running; it can be deleted once it ends"));
        assertTrue(page.find(row).isDisplayed());
        page.awaitJob(id);
    }

    @Test
    void every_control_of_the_tab_has_a_visible_label_and_a_year_is_generated_by_keyboard_alone() {
        page.open("year");
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) page.browser.executeScript("return [...document.querySelectorAll("
                + "'#year input, #year select, #year button')].filter((c) => { const l = c.matches('button') ? c.textContent"
                + " : (c.closest('label') || document.querySelector('label[for=\"' + c.id + '\"]') || {}).textContent;"
                + " return !l || !l.trim(); }).map((c) => c.id || c.outerHTML);");
        assertEquals(List.of(), unlabelled);

        WebElement contacts = page.find("#year-contacts");
        contacts.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5 000", Keys.TAB);
        assertEquals("year-generate", page.browser.switchTo().activeElement().getAttribute("id"));
        page.browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#year-by-hospital tfoot")));
        assertTrue(page.text("#year-counts").startsWith("5 000 rows read: 5 000 priced, 0 bad"), page.text("#year-counts"));
    }

    private static String readSample() {
        try {
            return Files.readString(Path.of("pathways/activity/sample-activity.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
