package no.pathfin.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.pathfin.App;
import no.pathfin.adapter.activity.FileRepriceJobStore;
import no.pathfin.adapter.scenarios.FileProjectionJobStore;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.application.projection.ProjectionJobs;
import no.pathfin.support.TestPathfin;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in headless Chromium against a real server of its own (repricing and projection jobs in a fresh folder,
 * the shipped scenarios), with what the tab tests share: open a tab, read text as shown, call the API,
 * take a screenshot into target/screenshots.
 */
final class LivePage implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    final ChromeDriver browser;
    final WebDriverWait wait;
    private final WebServer server;
    private final RepriceJobs repricing;
    private final ProjectionJobs projections;

    LivePage() throws IOException {
        Path jobs = Files.createTempDirectory("pathfin-e2e-jobs");
        repricing = new RepriceJobs(TestPathfin.get().repriceActivity(), new FileRepriceJobStore(jobs), 2);
        projections = new ProjectionJobs(TestPathfin.get().projectFinancing(),
                new FileProjectionJobStore(jobs.resolve("projections")), App.scenarios(Path.of("scenarios")), repricing, 2);
        server = new WebServer(TestPathfin.get(), repricing, projections,
                new no.pathfin.application.table.ExportTables(new no.pathfin.adapter.spreadsheet.PoiSpreadsheets()), null)
                .start(0);
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    /** Opens the page at a tab, 1280 px wide, and waits until it has read what the server knows. */
    void open(String tab) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("about:blank"); // a new hash alone would not load the page again
        browser.get("http://127.0.0.1:" + server.port() + "/#" + tab);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** An element's text as shown, non-breaking spaces as spaces. */
    String text(String css) {
        return find(css).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Waits until no form of the panel is busy and the element is shown, or a problem is said. */
    void awaitIdle(String panel) {
        wait.until(d -> d.findElements(By.cssSelector("#" + panel + " form[aria-busy]")).isEmpty());
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    JsonNode post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a repricing job has ended. */
    JsonNode awaitJob(String id) {
        return wait.until(d -> {
            JsonNode job = get("/api/v1/reprice-jobs/" + id);
            String status = job.get("status").asText();
            return status.equals("queued") || status.equals("running") ? null : job;
        });
    }

    /** A screenshot of the whole page (as tall as it is) at a width, into target/screenshots. */
    void screenshot(String name, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 1000));
        Object height = browser.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(width, Math.min(6000, ((Number) height).intValue() + 100)));
        browser.executeScript("window.dispatchEvent(new Event('resize'))");
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** How far the page is wider than the window, in pixels (0: no sideways scrolling). */
    int overflow() {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).intValue();
    }

    /** A page of its own, for a test class's {@code @BeforeAll}. */
    static LivePage start() throws IOException {
        return new LivePage();
    }

    /** Opens the page at this address part (e.g. "#change") at this width, and waits until it has loaded. */
    void open(String hash, int width) {
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.get("about:blank");
        browser.get(url(hash));
        waitUntilReady();
    }

    void waitUntilReady() {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    int port() {
        return server.port();
    }

    String url(String hash) {
        return "http://127.0.0.1:" + server.port() + "/" + hash;
    }

    /** A JSON request the test makes itself; anything but 200 fails the test with the answer. */
    JsonNode post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A screenshot of the window as it stands, into target/screenshots. */
    void screenshot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The page's format of a difference: +918,75 kr, −88 064,06 kr, ±0,00 kr. */
    static String signedKr(java.math.BigDecimal value) {
        if (value.signum() == 0) {
            return "±0,00 kr";
        }
        return (value.signum() > 0 ? "+" : "") + WebPageTest.kr(value);
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
        projections.close();
        repricing.close();
    }
}
