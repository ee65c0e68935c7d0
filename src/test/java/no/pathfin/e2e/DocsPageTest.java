package no.pathfin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The interactive API docs, served on a port other than the default, in real Chromium. */
class DocsPageTest {

    private static LivePage page;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

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

    @Test
    void try_it_out_calls_the_server_that_serves_the_docs_on_whatever_port_it_runs() {
        browser.get("http://127.0.0.1:" + page.port() + "/docs#/service/health");
        WebElement health = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-service-health .opblock-summary")));
        if (browser.findElements(By.cssSelector("#operations-service-health .try-out__btn")).isEmpty()) {
            health.click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-service-health .try-out__btn"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-service-health .execute"))).click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-service-health .live-responses-table tbody .response-col_status")));
        assertEquals("200", status.getText().trim(), "the request went to this server, port " + page.port());
        String url = browser.findElement(By.cssSelector("#operations-service-health .request-url pre")).getText();
        assertTrue(url.startsWith("http://127.0.0.1:" + page.port() + "/health"), url);
    }

    @Test
    void the_operations_are_grouped_by_tag_and_the_icon_is_served() throws Exception {
        browser.get("http://127.0.0.1:" + page.port() + "/docs");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
        List<String> tags = browser.findElements(By.cssSelector(".opblock-tag")).stream()
                .map(t -> t.getAttribute("data-tag")).toList();
        assertTrue(tags.size() >= 5 && tags.contains("service") && tags.contains("pricing"), "tags " + tags);

        HttpResponse<String> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + page.port() + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, icon.statusCode());
        assertEquals("image/svg+xml", icon.headers().firstValue("Content-Type").orElse(""));
        assertTrue(icon.body().startsWith("<svg"), icon.body());
    }
}
