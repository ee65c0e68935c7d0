package no.pathfin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.support.TestPathfin;

/** The real server on a free loopback port, over the real rules and fixtures, shared by the API tests. */
final class ApiServer {

    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ApiServer() {
    }

    static synchronized WebServer server() {
        if (server == null) {
            var repricing = jobs(JOBS);
            server = new WebServer(TestPathfin.get(), repricing, new no.pathfin.application.projection.ProjectionJobs(
                    TestPathfin.get().projectFinancing(), new no.pathfin.adapter.scenarios.FileProjectionJobStore(
                    JOBS.resolve("projections")), no.pathfin.App.scenarios(java.nio.file.Path.of("scenarios")),
                    repricing, 2), new no.pathfin.application.table.ExportTables(
                    new no.pathfin.adapter.spreadsheet.PoiSpreadsheets()), null).start(0);
        }
        return server;
    }

    /** Where the shared server keeps its repricing jobs. */
    static final java.nio.file.Path JOBS = createJobsFolder();

    static no.pathfin.application.batch.RepriceJobs jobs(java.nio.file.Path folder) {
        return new no.pathfin.application.batch.RepriceJobs(TestPathfin.get().repriceActivity(),
                new no.pathfin.adapter.activity.FileRepriceJobStore(folder), 2);
    }

    private static java.nio.file.Path createJobsFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("pathfin-jobs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The field names of a problem response's errors. */
        java.util.List<String> fields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }
    }

    static Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    static Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Reply postFile(String path, String contentType, java.nio.file.Path file) {
        try {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** An answer read as bytes: a file to download, or a problem. */
    record Download(int status, String contentType, String disposition, byte[] body) {
        /** The body as a reply, to read a problem or check the answer against the contract. */
        Reply reply() {
            return new Reply(status, contentType, new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static Download download(String path) {
        return download(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    static Download downloadPosting(String path, String json) {
        return download(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Download download(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server().port() + path);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
