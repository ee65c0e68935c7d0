package no.pathfin.e2e;

import static no.pathfin.e2e.LivePage.signedKr;
import static no.pathfin.e2e.WebPageTest.kr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The rule-change tab in real headless Chromium against the real server: every figure is the API's. */
class RuleChangeTabPageTest {

    private static LivePage page;

    @BeforeAll
    static void start() throws Exception {
        page = LivePage.start();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    private static void showTheImpact() {
        page.find("#change-run").click();
        page.wait.until(d -> page.find("#change-form").getAttribute("aria-busy") == null
                && (!page.find("#change-problem").getText().isEmpty() || page.find("#change-result").isDisplayed()));
    }

    private static Select select(String id) {
        return new Select(page.find("#" + id));
    }

    private static WebElement volume(String pathwayId) {
        return page.find("#change-pathways input.count[data-pathway='" + pathwayId + "']");
    }

    /** The row of a table in this element whose first cell is this text. */
    private static WebElement row(String container, String first) {
        return page.browser.findElement(By.xpath("//*[@id='" + container + "']//tr[normalize-space(*[1]) = '" + first + "']"));
    }

    private static String rowText(String container, String first) {
        return row(container, first).getText().replace('\u00a0', ' ');
    }

    @Test
    void by_default_the_sentence_says_one_of_each_fixture_which_rule_sets_which_model_and_which_compensation() throws Exception {
        page.open("#change", 1280);
        showTheImpact();

        String summary = page.text("#change-summary");
        assertTrue(summary.contains("one of each fixture, not a budget"), summary);
        assertTrue(summary.contains("13 pathways a year (1 × chronic-dialysis-like, 1 × hip-replacement-A,"
                + " 1 × hip-replacement-B"), summary);
        assertTrue(summary.contains("priced per contact"), summary);
        assertTrue(summary.contains("under isf-2024 (baseline) and candidate-2025-package (candidate)"), summary);
        assertTrue(summary.contains("compensation share (follows the ISF share)"), summary);
        assertTrue(page.text("#change-volume-hint").contains("one of each fixture, not a budget"));
        assertTrue(page.find("#waterfall canvas").isDisplayed());
        page.screenshot("rule-change-1280.png");
        page.browser.executeScript("document.getElementById('change-summary').scrollIntoView()");
        page.screenshot("rule-change-1280-result.png");
    }

    @Test
    void the_income_the_settings_the_modes_the_rules_fired_and_each_pathway_are_the_apis() throws Exception {
        page.open("#change", 1280);
        showTheImpact();
        JsonNode impact = page.post("/api/v1/impact", "{\"baseline\": \"isf-2024\", \"candidate\": \"candidate-2025-package\","
                + " \"model\": \"per-contact\", \"compensation\": \"share\"}");

        JsonNode income = impact.get("income");
        for (String[] money : List.of(new String[] {"ISF", "isf"}, new String[] {"Block grant", "blockGrant"},
                new String[] {"Income", "income"})) {
            JsonNode m = income.get(money[1]);
            assertEquals(money[0] + " " + kr(m.get("baseline").decimalValue()) + " " + kr(m.get("candidate").decimalValue())
                    + " " + signedKr(m.get("difference").decimalValue()), rowText("change-money", money[0]));
        }
        for (JsonNode s : impact.get("bySetting")) {
            assertTrue(rowText("change-by-setting", s.get("key").asText()).endsWith(signedKr(s.get("difference").decimalValue())));
        }
        for (JsonNode s : impact.get("byMode")) {
            assertTrue(rowText("change-by-mode", s.get("key").asText()).endsWith(signedKr(s.get("difference").decimalValue())));
        }
        JsonNode fired = impact.get("rulesChanged").get(0);
        String rules = rowText("change-rules", fired.get("pathwayId").asText());
        assertTrue(rules.contains(fired.get("contactId").asText()) && rules.contains(fired.get("onlyBaseline").get(0).asText())
                && rules.contains(fired.get("onlyCandidate").get(0).asText()), rules);
        for (JsonNode c : income.get("attribution").get("contributions")) {
            assertTrue(rowText("income-attribution", c.get("item").asText()).endsWith(signedKr(c.get("amount").decimalValue())));
        }
        for (JsonNode p : impact.get("pathways")) {
            String line = rowText("winners", p.get("pathwayId").asText());
            String verdict = p.get("difference").decimalValue().signum() > 0 ? "gains" : p.get("difference").decimalValue().signum() < 0 ? "loses" : "unchanged";
            assertTrue(line.contains(verdict + " 1 " + kr(p.get("baseline").decimalValue()) + " " + kr(p.get("candidate").decimalValue())
                    + " " + signedKr(p.get("difference").decimalValue()) + " " + signedKr(p.get("income").get("difference").decimalValue())), line);
        }
        assertTrue(page.text("#winners tfoot").endsWith(signedKr(impact.get("summary").get("difference").decimalValue())));
    }

    @Test
    void a_family_with_a_volume_in_the_bundle_model_with_neutral_compensation_is_summed_as_chosen_and_kept_in_the_link() throws Exception {
        page.open("#change", 1280);
        select("change-scope").selectByValue("family:hip-replacement");
        volume("hip-replacement-A").clear();
        volume("hip-replacement-A").sendKeys("100");
        page.find("input[name=change-model][value=bundle]").click();
        select("change-compensation").selectByValue("neutral");
        showTheImpact();

        JsonNode impact = page.post("/api/v1/impact", "{\"baseline\": \"isf-2024\", \"candidate\": \"candidate-2025-package\","
                + " \"family\": \"hip-replacement\", \"model\": \"bundle\", \"compensation\": \"neutral\", \"population\": ["
                + "{\"pathwayId\": \"hip-replacement-A\", \"volume\": 100}, {\"pathwayId\": \"hip-replacement-B\", \"volume\": 1},"
                + " {\"pathwayId\": \"hip-replacement-C\", \"volume\": 1}, {\"pathwayId\": \"hip-replacement-D-check-call\", \"volume\": 1},"
                + " {\"pathwayId\": \"hip-replacement-E-one-year-control\", \"volume\": 1},"
                + " {\"pathwayId\": \"hip-replacement-F-early-revision\", \"volume\": 1},"
                + " {\"pathwayId\": \"hip-replacement-G-digital-follow-up\", \"volume\": 1}]}");
        String summary = page.text("#change-summary");
        assertTrue(summary.contains("100 × hip-replacement-A") && summary.contains("106 pathways a year"), summary);
        assertFalse(summary.contains("mental-health"), summary);
        assertTrue(summary.contains("bundle model") && summary.contains("compensation neutral"), summary);
        assertTrue(rowText("change-money", "Income").contains(kr(impact.get("income").get("income").get("candidate").decimalValue())));
        assertTrue(rowText("change-money", "ISF").contains(kr(impact.get("income").get("isf").get("candidate").decimalValue())));

        String link = page.browser.getCurrentUrl();
        assertTrue(link.contains("#change?") && (link.contains("hip-replacement-A%3A100") || link.contains("hip-replacement-A:100")), link);
        page.browser.get("about:blank");
        page.browser.get(link);
        page.waitUntilReady();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-result")));
        assertEquals(summary, page.text("#change-summary"), "the link gives the same result");
        assertEquals("100", volume("hip-replacement-A").getAttribute("value"));
        assertTrue(page.find("input[name=change-model][value=bundle]").isSelected());
        assertEquals("neutral", select("change-compensation").getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void the_ticked_pathways_are_the_population() throws Exception {
        page.open("#change", 1280);
        for (WebElement box : page.browser.findElements(By.cssSelector("input[name=change-pathway]"))) {
            if (!List.of("hip-replacement-C", "mental-health-ambulant-team").contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        assertEquals("ticked", select("change-scope").getFirstSelectedOption().getAttribute("value"));
        assertFalse(volume("hip-replacement-A").isEnabled(), "an unticked pathway's volume is not asked for");
        showTheImpact();

        String summary = page.text("#change-summary");
        assertTrue(summary.contains("2 pathways a year (1 × hip-replacement-C, 1 × mental-health-ambulant-team)"), summary);
        assertEquals(2, page.browser.findElements(By.cssSelector("#winners tbody tr")).size());
    }

    @Test
    void a_change_that_contributes_nothing_is_grey_in_the_table_and_the_waterfall_not_a_green_gain() throws Exception {
        page.open("#change", 1280);
        select("change-candidate").selectByValue("isf-2025-plan");
        showTheImpact();

        WebElement zero = row("attribution", "bundles.hip-replacement-bundle.price").findElement(By.cssSelector("td.num"));
        assertEquals("±0,00 kr", zero.getText().replace('\u00a0', ' '));
        assertTrue(zero.getAttribute("class").contains("zero") && !zero.getAttribute("class").contains("gain"), zero.getAttribute("class"));
        assertEquals("rgb(79, 91, 102)", zero.getCssValue("color").replace("rgba", "rgb").replace(", 1)", ")"));
        Object colours = page.browser.executeScript("return echarts.getInstanceByDom(document.getElementById('waterfall'))"
                + ".getOption().series[0].data.map((d) => d.tone + ' ' + d.itemStyle.color).join(',')");
        // besides the bundle price, the period payments isf-2024 defines and isf-2025-plan does not contribute
        // nothing: per-contact pricing never reads them
        assertEquals("loss #b00020,zero #8a939c,zero #8a939c,loss #b00020", colours);
        page.browser.executeScript("document.getElementById('waterfall').scrollIntoView()");
        page.screenshot("rule-change-zero.png");
    }

    @Test
    void with_no_candidate_the_what_if_changes_the_baseline() throws Exception {
        page.open("#change", 1280);
        select("change-candidate").selectByValue("");
        page.find("#change-o-share").sendKeys("30 %");
        showTheImpact();

        JsonNode impact = page.post("/api/v1/impact", "{\"baseline\": \"isf-2024\","
                + " \"overrides\": {\"tariffs\": {\"somatic\": {\"isfShare\": 0.3}}}}");
        assertTrue(rowText("attribution", "tariffs.somatic.isfShare").endsWith(signedKr(impact.get("attribution").get("total").decimalValue())));
        String summary = page.text("#change-summary");
        assertTrue(summary.contains("under isf-2024 (baseline) and isf-2024 changed by the what-if (somatic ISF share 0,3)"), summary);
        assertTrue(page.text("#change-whatif").contains("What-if active: somatic ISF share 0,3, on the baseline isf-2024"));
        assertTrue(page.browser.getCurrentUrl().contains("noCandidate=true"), page.browser.getCurrentUrl());
    }

    @Test
    void the_same_rule_set_twice_says_that_nothing_changes_instead_of_drawing_an_empty_chart() throws Exception {
        page.open("#change", 1280);
        select("change-candidate").selectByValue("isf-2024");
        showTheImpact();

        assertEquals("The same rule set twice: nothing changes.", page.text("#change-same"));
        assertFalse(page.find("#waterfall").isDisplayed(), "no empty chart");
        assertTrue(page.text("#waterfall-none").startsWith("The same rule set twice: nothing changes"));
        assertTrue(rowText("change-money", "ISF").endsWith("±0,00 kr"));
        assertTrue(page.text("#change-summary").contains("13 pathways unchanged") || page.text("#change-summary").contains("13 unchanged"));
        page.browser.executeScript("document.getElementById('change-same').scrollIntoView()");
        page.screenshot("rule-change-same.png");

        select("change-candidate").selectByValue("candidate-2025-package");
        showTheImpact();
        assertFalse(page.find("#change-same").isDisplayed());
        assertTrue(page.find("#waterfall canvas").isDisplayed(), "a real change draws its waterfall again");
    }

    @Test
    void a_negative_volume_is_named_next_to_its_field() throws Exception {
        page.open("#change", 1280);
        volume("hip-replacement-B").clear();
        volume("hip-replacement-B").sendKeys("-3");
        showTheImpact();

        String problem = page.text("#change-problem");
        assertEquals("Not done: Pathways a year of hip-replacement-B: must be at least 0, not -3", problem);
        assertEquals("true", volume("hip-replacement-B").getAttribute("aria-invalid"));
        assertTrue(page.find("input.count[data-pathway='hip-replacement-B'] + .field-error").isDisplayed());
        assertFalse(page.find("#change-result").isDisplayed(), "no earlier result under the error");
    }

    @Test
    void the_tab_works_on_a_narrow_screen() throws Exception {
        page.open("#change", 420);
        showTheImpact();
        Object overflow = page.browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 1, "horizontal overflow " + overflow);
        page.screenshot("rule-change-420.png");
        page.browser.executeScript("document.getElementById('waterfall').scrollIntoView()");
        page.screenshot("rule-change-420-waterfall.png");
    }
}
