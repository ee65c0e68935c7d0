package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a server shared by a department owes its clients at the HTTP level, sent as raw bytes (a client library
 * would refuse to send most of it): no 500 for a malformed escape, problem+json for what the HTTP layer itself
 * refuses, Allow on 405 and OPTIONS, strict media types and query parameters, and no long echo.
 */
class HttpMannersApiTest {

    /** A response as read off the wire: status, headers (names lower case), body. */
    record Raw(int status, java.util.Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return ApiServer.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String field() {
            return json().get("errors").get(0).get("field").asText();
        }
    }

    private static Raw raw(String method, String target, String contentType, String body, String... headers) {
        return raw(true, method, target, contentType, body, headers);
    }

    /** @param close ask the server to close the connection after its answer (else it may keep it open) */
    private static Raw raw(boolean close, String method, String target, String contentType, String body,
                           String... headers) {
        ApiServer.server();
        try (Socket socket = new Socket("127.0.0.1", ApiServer.server().port())) {
            socket.setSoTimeout(10_000);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (close ? "Connection: close\r\n" : ""));
            if (contentType != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n");
            }
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Raw parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int newline = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, newline).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, newline + 2, newline + 2 + size);
            at = newline + 2 + size + 2;
        }
    }

    private static void problem(Raw reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.headers().get("content-type").split(";")[0], reply.body());
        assertEquals(status, reply.json().get("status").asInt(), reply.body());
    }

    /** The reply is one the contract documents for the operation (status, media type, body schema). */
    private static void documented(String method, String template, Raw reply) {
        conforms(method, template, new ApiServer.Reply(reply.status(), reply.headers().get("content-type"),
                reply.body()));
    }

    @Test
    void a_malformed_escape_in_any_path_is_a_400_naming_the_path_never_a_500() {
        java.util.Map<String, String> paths = java.util.Map.of("/api/v1/rule-sets/%u0041", "/api/v1/rule-sets/{id}",
                "/api/v1/pathways/%u0041", "/api/v1/pathways/{id}",
                "/api/v1/reprice-jobs/%u0041", "/api/v1/reprice-jobs/{id}",
                "/api/v1/reprice-jobs/x/results/%u0041", "/api/v1/reprice-jobs/{id}/results/{file}",
                "/api/v1/rule-sets/%4", "/api/v1/rule-sets/{id}",
                "/api/v1/rule-sets/a%00b", "/api/v1/rule-sets/{id}");
        paths.forEach((path, template) -> {
            Raw reply = raw("GET", path, null, null);
            problem(reply, 400);
            assertEquals("path", reply.field(), path);
            documented("GET", template, reply);
        });
    }

    @Test
    void what_the_http_layer_refuses_is_problem_json_too() {
        Raw malformed = raw("GET", "/api/v1/rule-sets/%zz", null, null);
        problem(malformed, 400);
        documented("GET", "/api/v1/rule-sets/{id}", malformed);
        // the HTTP layer closes the connection after such a refusal, and says so, so that no client reuses it
        Raw kept = raw(false, "GET", "/api/v1/rule-sets/a%00b", null, null);
        problem(kept, 400);
        assertEquals("close", kept.headers().get("connection"));
        Raw tooLong = raw("GET", "/api/v1/rule-sets/" + "x".repeat(20_000), null, null);
        problem(tooLong, 414);
        documented("GET", "/api/v1/rule-sets/{id}", tooLong);
        Raw tooLarge = raw("GET", "/api/v1/rule-sets", null, null, "X-Big: " + "y".repeat(20_000));
        problem(tooLarge, 431);
        documented("GET", "/api/v1/rule-sets", tooLarge);
    }

    @Test
    void a_body_that_comes_too_slowly_is_a_408_problem_as_documented() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", ApiServer.server().port())) {
            socket.setSoTimeout(250);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/channel-shifts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            int first = -2;
            while (first == -2) { // one byte every quarter second: far below the 256 bytes a second a body must keep up
                assertTrue(System.nanoTime() < deadline, "no answer to a body sent one byte at a time");
                try {
                    first = in.read();
                } catch (SocketTimeoutException e) {
                    out.write(' ');
                    out.flush();
                }
            }
            assertNotEquals(-1, first, "the connection closed without an answer");
            socket.setSoTimeout(10_000);
            Raw reply = parse(new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) first}), in));

            problem(reply, 408);
            assertEquals("body", reply.field());
            documented("POST", "/api/v1/channel-shifts", reply);
        }
    }

    @Test
    void a_body_that_never_starts_is_a_408_problem_after_the_idle_time() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", ApiServer.server().port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("POST /api/v1/pricings HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            long started = System.nanoTime();
            Raw reply = parse(socket.getInputStream());

            problem(reply, 408);
            assertEquals("body", reply.field());
            assertTrue(reply.json().get("detail").asText().contains("nothing for 30 s"), reply.body());
            assertTrue(System.nanoTime() - started > 25_000_000_000L, "answered at the idle time, not before");
        }
    }

    @Test
    void a_wrong_method_says_which_are_allowed_and_options_answers_them() {
        Raw refused = raw("DELETE", "/api/v1/pricings", null, null);
        problem(refused, 405);
        assertEquals("OPTIONS, POST", refused.headers().get("allow"));

        Raw options = raw("OPTIONS", "/api/v1/rule-sets/isf-2024", null, null);
        assertEquals(204, options.status());
        assertEquals("GET, HEAD, OPTIONS", options.headers().get("allow"));
    }

    @Test
    void only_application_json_is_read_as_json_and_nothing_may_follow_the_document() {
        String body = "{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\"}";
        assertEquals(200, raw("POST", "/api/v1/pricings", "application/json; charset=utf-8", body).status());
        for (String type : new String[] {null, "text/json", "application/jsonx", "text/plain"}) {
            Raw reply = raw("POST", "/api/v1/pricings", type, body);
            problem(reply, 415);
            assertEquals("Content-Type", reply.field());
        }
        Raw trailing = raw("POST", "/api/v1/pricings", "application/json", body + " junk");
        problem(trailing, 400);
        assertEquals("body", trailing.field());
        assertTrue(trailing.json().get("errors").get(0).get("message").asText()
                .contains("after the JSON document at line 1, column 59"), trailing.body());
    }

    @Test
    void errors_speak_of_the_body_not_of_the_reader() {
        Raw deep = raw("POST", "/api/v1/pricings", "application/json", "[".repeat(1200) + "]".repeat(1200));
        problem(deep, 400);
        assertEquals("arrays and objects are nested deeper than 1000 levels",
                deep.json().get("errors").get(0).get("message").asText());
        Raw unquoted = raw("POST", "/api/v1/pricings", "application/json", "{'a': 1}");
        problem(unquoted, 400);
        for (Raw reply : new Raw[] {deep, unquoted}) {
            assertTrue(!reply.body().contains("StreamReadConstraints") && !reply.body().contains("(code ")
                    && !reply.body().contains("Feature"), reply.body());
        }
    }

    @Test
    void a_field_at_fault_is_told_what_it_must_be_in_plain_words() {
        String shift = "{\"family\": \"hip-replacement\", \"ruleSets\": [\"isf-2024\"], \"models\": [\"per-contact\"],"
                + " \"shift\": {\"kind\": \"control\", \"from\": \"in-person\", \"to\": \"video\", \"occurrence\": %s}}";
        assertMessage(raw("POST", "/api/v1/channel-shifts", "application/json", shift.formatted("8888268558")),
                "shift.occurrence", "is too large a number for this field (at most 2147483647)");
        assertMessage(raw("POST", "/api/v1/channel-shifts", "application/json", shift.formatted("2.5")),
                "shift.occurrence", "must be a whole number, not 2.5");
        assertMessage(raw("POST", "/api/v1/channel-shifts", "application/json", shift.formatted("\"two\"")),
                "shift.occurrence", "must be a whole number, not the text 'two'");
        Raw comparison = raw("POST", "/api/v1/comparisons", "application/json",
                "{\"family\": \"hip-replacement\", \"ruleSets\": [], \"models\": [\"capitation\"], \"colour\": 1}");
        problem(comparison, 400);
        assertEquals("the request has 3 fields in error: ruleSets, models[0], colour",
                comparison.json().get("detail").asText());
        assertEquals("[must hold at least 1 item, must be one of per-contact, bundle, period, not 'capitation', is not a"
                + " field of this request]", messages(comparison).toString());
    }

    private static java.util.List<String> messages(Raw reply) {
        java.util.List<String> messages = new java.util.ArrayList<>();
        reply.json().get("errors").forEach(e -> messages.add(e.get("message").asText()));
        return messages;
    }

    private static void assertMessage(Raw reply, String field, String message) {
        problem(reply, 400);
        assertEquals(field, reply.field(), reply.body());
        assertEquals(message, reply.json().get("errors").get(0).get("message").asText(), reply.body());
        assertEquals(field + " " + message, reply.json().get("detail").asText(), reply.body());
    }

    @Test
    void a_client_that_drops_its_body_half_way_costs_at_most_one_line_of_log_and_no_stack_trace() throws Exception {
        ApiServer.server();
        java.io.PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String path : new String[] {"/api/v1/pricings", "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2024"}) {
                try (Socket socket = new Socket("127.0.0.1", ApiServer.server().port())) {
                    socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            + (path.contains("reprice") ? "text/csv" : "application/json")
                            + "\r\nContent-Length: 100000\r\n\r\n{\"pathwayId\":").getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    Thread.sleep(200);
                }
            }
            Thread.sleep(500);
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(!log.contains("Exception") && !log.contains("\tat "), log);
        assertTrue(log.lines().count() <= 2, log);
    }

    @Test
    void query_parameters_are_read_strictly_and_name_themselves() {
        String csv = "pathway_id,hospital_id,contact_id,date,kind,mode,setting,ambulant,personnel,performer,"
                + "group_code,procedure_code,replaces_planned_visit,documented\n";
        String jobs = "/api/v1/reprice-jobs?baseline=isf-2024&candidate=isf-2025-plan";
        assertQuery(raw("POST", jobs + "&strict=maybe", "text/csv", csv), "strict");
        assertQuery(raw("POST", jobs + "&attribute=yes", "text/csv", csv), "attribute");
        assertQuery(raw("POST", jobs + "&baseline=isf-2020", "text/csv", csv), "baseline");
        String generated = "/api/v1/reprice-jobs/generated?baseline=isf-2024&candidate=isf-2025-plan";
        assertQuery(raw("POST", generated + "&contacts=30000000", null, null), "contacts");
        assertQuery(raw("POST", generated + "&contacts=0", null, null), "contacts");
        assertQuery(raw("POST", generated + "&seed=12345678901234567890", null, null), "seed");
        assertQuery(raw("POST", generated + "&seed=ten", null, null), "seed");
    }

    private static void assertQuery(Raw reply, String field) {
        problem(reply, 400);
        assertEquals(field, reply.field(), reply.body());
    }

    @Test
    void an_unknown_id_is_echoed_once_and_cut_short() {
        String id = "z".repeat(5_000);
        for (String path : new String[] {"/api/v1/rule-sets/", "/api/v1/pathways/", "/api/v1/reprice-jobs/"}) {
            Raw reply = raw("GET", path + id, null, null);
            problem(reply, 404);
            assertTrue(reply.body().length() < 600, reply.body().length() + " characters");
            assertTrue(reply.body().contains("(5000 characters)"), reply.body());
        }
    }
}
