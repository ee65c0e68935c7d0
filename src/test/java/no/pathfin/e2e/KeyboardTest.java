package no.pathfin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page without a mouse: the tabs move with the arrow keys, every control is reached with Tab, a path runs. */
class KeyboardTest {

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

    private static void press(CharSequence... keys) {
        new Actions(page.browser).sendKeys(keys).perform();
    }

    private static String focused() {
        WebElement active = page.browser.switchTo().activeElement();
        String id = active.getAttribute("id");
        return id == null || id.isEmpty() ? active.getTagName() + "[" + active.getAttribute("name") + "]" : id;
    }

    /** Presses Tab until the element with this id has the focus. */
    private static void tabTo(String id) {
        for (int i = 0; i < 60 && !focused().equals(id); i++) {
            press(Keys.TAB);
        }
        assertEquals(id, focused(), "reached with Tab");
    }

    @Test
    void the_tabs_move_with_the_arrow_keys_home_and_end() throws Exception {
        page.open("", 1280);
        List<String> tabs = page.browser.findElements(By.cssSelector("nav [role=tab]")).stream().map(t -> t.getAttribute("id")).toList();
        page.browser.executeScript("document.getElementById('tab-compare').focus()");

        press(Keys.ARROW_RIGHT);
        assertEquals("tab-change", focused());
        assertEquals("true", page.find("#tab-change").getAttribute("aria-selected"));
        assertTrue(page.find("#change").isDisplayed() && !page.find("#compare").isDisplayed());
        assertEquals("0", page.find("#tab-change").getAttribute("tabindex"));
        assertEquals("-1", page.find("#tab-compare").getAttribute("tabindex"), "one tab stop for the tab list");
        press(Keys.ARROW_LEFT);
        assertEquals("tab-compare", focused());
        press(Keys.END);
        assertEquals(tabs.get(tabs.size() - 1), focused());
        press(Keys.HOME);
        assertEquals("tab-compare", focused());
        press(Keys.ARROW_LEFT);
        assertEquals(tabs.get(tabs.size() - 1), focused(), "the arrows go round");
    }

    @Test
    void every_control_of_every_tab_is_reached_with_the_tab_key() throws Exception {
        page.open("#compare", 1280);
        page.find("#compare-run").click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-result")));
        List<String> missed = new ArrayList<>();
        for (WebElement tab : page.browser.findElements(By.cssSelector("nav [role=tab]"))) {
            String panel = tab.getAttribute("data-panel");
            tab.click();
            if (panel.equals("change")) {
                page.find("#change-run").click();
                page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-result")));
                page.wait.until(d -> page.find("#change-form").getAttribute("aria-busy") == null);
            }
            missed.addAll(unreached(panel));
        }
        assertTrue(missed.isEmpty(), "not reached with Tab: " + missed);
    }

    /**
     * The visible, enabled controls of a panel (one per group of radio buttons), and whatever else it puts in the tab
     * order, that Tab does not reach from its tab: a control taken out of the tab order (tabindex -1) is one.
     */
    @SuppressWarnings("unchecked")
    private static List<String> unreached(String panel) {
        List<String> wanted = (List<String>) page.browser.executeScript("const panel = document.getElementById(arguments[0]);"
                + " const all = [...panel.querySelectorAll('input, select, textarea, button, summary, a[href], [tabindex]')]"
                + "   .filter((e) => (e.matches('input, select, textarea, button, summary, a[href]') || e.tabIndex >= 0)"
                + "     && !e.disabled && e.checkVisibility({ visibilityProperty: true })"
                + "     && !(e.type === 'radio' && !e.checked));"
                + " all.forEach((e, i) => { e.dataset.keyboard = arguments[0] + ' ' + i + ' ' + (e.id || e.name || e.getAttribute('aria-label') || e.textContent.trim().slice(0, 40)); });"
                + " return all.map((e) => e.dataset.keyboard);", panel);
        page.browser.executeScript("document.getElementById('tab-' + arguments[0]).focus()", panel);
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < wanted.size() + 20 && reached.size() < wanted.size(); i++) {
            press(Keys.TAB);
            String mark = page.browser.switchTo().activeElement().getAttribute("data-keyboard");
            if (mark != null) {
                reached.add(mark);
            }
        }
        return wanted.stream().filter(w -> !reached.contains(w)).toList();
    }

    @Test
    void a_rule_change_is_chosen_and_run_with_the_keyboard_alone() throws Exception {
        page.open("", 1280);
        tabTo("tab-compare");
        press(Keys.ARROW_RIGHT);
        assertTrue(page.find("#change").isDisplayed());

        tabTo("change-candidate");
        press("isf-2025-plan");
        assertEquals("isf-2025-plan", page.find("#change-candidate").getAttribute("value"));
        tabTo("change-scope");
        press(Keys.TAB);
        // the pathways are listed by id: chronic-dialysis-like first
        assertEquals("chronic-dialysis-like", page.browser.switchTo().activeElement().getAttribute("value"));
        press(Keys.SPACE);
        assertEquals("ticked", page.find("#change-scope").getAttribute("value"), "unticking a pathway makes the ticks the population");
        tabTo("change-o-share");
        press("30 %");
        tabTo("change-run");
        press(Keys.ENTER);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-result")));
        page.wait.until(d -> page.find("#change-form").getAttribute("aria-busy") == null);

        String summary = page.text("#change-summary");
        assertTrue(summary.contains("12 pathways a year") && !summary.contains("chronic-dialysis-like"), summary);
        assertTrue(summary.contains("isf-2025-plan (candidate) changed by the what-if (somatic ISF share 0,3)"), summary);
        assertFalse(page.find("#change-problem").isDisplayed() && !page.find("#change-problem").getText().isEmpty());
        page.screenshot("keyboard-rule-change.png");
    }
}
