package no.pathfin.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each tab of the page, with its results shown, checked by axe-core (installed by src/test/setup/axe.sh at the
 * version of its lock file): no violation of impact serious or critical.
 */
class AccessibilityTest {

    static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Set<String> TABS_WITH_RESULTS = Set.of("compare", "change", "year", "risk");

    private static LivePage page;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isReadable(AXE)) {
            throw new AssertionError(AXE + " is missing: src/test/setup/axe.sh installs it (mvn -B verify runs it)");
        }
        axe = Files.readString(AXE);
        page = LivePage.start();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    /** axe's serious and critical violations on the page as it stands, each with its id, help and nodes. */
    static List<String> violations(LivePage page, String where) throws Exception {
        page.browser.executeScript("if (!window.axe) { " + axe + "\n}");
        page.browser.executeScript("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
        Object answer = page.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, { resultTypes: ['violations'] })"
                + ".then((r) => done(JSON.stringify(r.violations)), (e) => done('axe failed: ' + e));");
        String json = String.valueOf(answer);
        if (json.startsWith("axe failed")) {
            throw new AssertionError(where + ": " + json);
        }
        List<String> found = new ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(json)) {
            if (!FAILING_IMPACTS.contains(v.path("impact").asText())) {
                System.out.println(where + ": also, not failing: " + v.get("id").asText() + " (" + v.path("impact").asText()
                        + "): " + v.get("help").asText() + ", " + v.get("nodes").size() + " nodes");
                continue;
            }
            StringBuilder text = new StringBuilder(where + ": " + v.get("id").asText() + " (" + v.get("impact").asText()
                    + "): " + v.get("help").asText() + " " + v.get("helpUrl").asText());
            for (JsonNode node : v.get("nodes")) {
                text.append("\n    ").append(node.get("target")).append(" ").append(node.get("html").asText())
                        .append("\n      ").append(node.path("failureSummary").asText().replace("\n", "\n      "));
            }
            found.add(text.toString());
        }
        found.forEach(System.out::println);
        return found;
    }

    private static void assertNoSeriousViolation(String where) throws Exception {
        List<String> found = violations(page, where);
        assertTrue(found.isEmpty(), found.size() + " serious or critical violations:\n" + String.join("\n", found));
    }

    private static void select(String tab) {
        page.find("#tab-" + tab).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(tab)));
    }

    private static final List<Integer> WIDTHS = List.of(1280, 420);

    @Test
    void the_compare_tab_with_its_results_and_a_cells_lines_has_no_serious_violation() throws Exception {
        for (int width : WIDTHS) {
            page.open("#compare", width);
            page.find("#compare-run").click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-result")));
            page.find("#matrix .cell").click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lines table")));

            assertNoSeriousViolation("compare at " + width + " px");
        }
    }

    @Test
    void the_rule_change_tab_with_its_results_has_no_serious_violation() throws Exception {
        for (int width : WIDTHS) {
            page.open("#change", width);
            page.find("#change-o-price").sendKeys("55 000");
            page.find("#change-run").click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-result")));
            page.wait.until(d -> page.find("#change-form").getAttribute("aria-busy") == null);

            assertNoSeriousViolation("change at " + width + " px");
        }
    }

    @Test
    void the_year_tab_with_a_repriced_year_has_no_serious_violation() throws Exception {
        for (int width : WIDTHS) {
            page.open("#year", width);
            WebElement contacts = page.find("#year-contacts");
            contacts.clear();
            contacts.sendKeys("500");
            page.find("#year-generate").click();
            page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("year-result"), "by hospital"));

            assertNoSeriousViolation("year at " + width + " px");
        }
    }

    @Test
    void the_risk_tab_with_each_design_and_a_sensitivity_has_no_serious_violation() throws Exception {
        for (int width : WIDTHS) {
            page.open("#risk", width);
            new org.openqa.selenium.support.ui.Select(page.find("#risk-vary-parameter"))
                    .selectByValue("bundles.hip-replacement-bundle.price");
            page.find("#risk-vary-values").sendKeys("40 000; 46 000");
            page.find("#risk-run").click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#risk-sensitivity-table table")));

            assertNoSeriousViolation("risk at " + width + " px");
        }
    }

    @Test
    void every_other_tab_has_no_serious_violation() throws Exception {
        List<String> found = new ArrayList<>();
        for (int width : WIDTHS) {
            page.open("", width);
            for (WebElement tab : page.browser.findElements(By.cssSelector("nav [role=tab]"))) {
                String panel = tab.getAttribute("data-panel");
                if (!TABS_WITH_RESULTS.contains(panel)) {
                    select(panel);
                    found.addAll(violations(page, panel + " at " + width + " px"));
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void a_refusal_shown_at_its_field_has_no_serious_violation() throws Exception {
        page.open("#change", 1280);
        page.find("#change-o-share").sendKeys("1,5");
        page.find("#change-run").click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#change-o-share + .field-error")));

        assertNoSeriousViolation("a refusal on the change tab");
    }
}
