package no.pathfin.e2e;

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
import java.time.Duration;
import no.pathfin.adapter.activity.FileRepriceJobStore;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.support.TestPathfin;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The real server and headless Chromium on its page, for the browser tests; screenshots go to target/screenshots. */
final class RunningPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Path SHOTS = Path.of("target", "screenshots");

    final ChromeDriver browser;
    final WebDriverWait wait;
    private final WebServer server;

    private RunningPage(WebServer server, ChromeDriver browser) {
        this.server = server;
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    static RunningPage start() throws Exception {
        Path jobs = Files.createTempDirectory("pathfin-e2e-jobs");
        WebServer server = new WebServer(TestPathfin.get(), new RepriceJobs(TestPathfin.get().repriceActivity(),
                new FileRepriceJobStore(jobs), 2)).start(0);
        Files.createDirectories(SHOTS);
        return new RunningPage(server, Browser.start(1280, 1000));
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

    String url(String hash) {
        return "http://127.0.0.1:" + server.port() + "/" + hash;
    }

    JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("")
                .replaceAll("/$", "") + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** The element's text as the page writes it, with non-breaking spaces read as spaces. */
    String text(String css) {
        return find(css).getText().replace('\u00a0', ' ');
    }

    void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The page's format of a difference: +918,75 kr, −88 064,06 kr, ±0,00 kr. */
    static String signedKr(BigDecimal value) {
        if (value.signum() == 0) {
            return "±0,00 kr";
        }
        return (value.signum() > 0 ? "+" : "") + WebPageTest.kr(value);
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
    }
}
