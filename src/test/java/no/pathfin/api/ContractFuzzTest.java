package no.pathfin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand requests drawn from the contract's schemas, valid and mutated, against the running server: never a
 * 5xx; every refusal a problem+json naming the field at fault; every answer, success or refusal, documented in the
 * contract and valid against its schema. Each request is drawn from its own seed, and the seeds from one fixed
 * seed, so a run is repeatable; a failure names the seed that drew it ({@link #one(long)} replays it alone).
 */
class ContractFuzzTest {

    /** Each JSON-bodied POST of the contract, with its request schema. */
    private static final Map<String, String> BODIES = bodies();
    private static final List<String> POSTS = List.copyOf(BODIES.keySet());
    /** Job-creating operations get only mutated bodies, so that the server is not filled with real jobs. */
    private static final List<String> JOB_CREATING = List.of("/api/v1/projection-jobs");
    private static final String[] IDS = {"isf-2024", "hip-replacement-A", "nope", "..", "../../etc/passwd",
            "x".repeat(300), "é", "%", "a b", "00000000-0000-0000-0000-000000000000", "\u0000", "%u0041", "🙂"};

    private static Map<String, String> bodies() {
        Map<String, String> bodies = new java.util.TreeMap<>();
        OpenApiContract.get().tree.path("paths").fields().forEachRemaining(path -> {
            JsonNode schema = path.getValue().path("post").path("requestBody").path("content")
                    .path("application/json").path("schema").path("$ref");
            if (!schema.isMissingNode()) {
                bodies.put(path.getKey(), schema.asText().replace("#/components/schemas/", ""));
            }
        });
        return bodies;
    }

    private static final long SEED = 20261126L;
    private static final int REQUESTS = 10_000;

    @Test
    void no_request_drawn_from_the_contract_valid_or_mutated_gets_a_5xx_or_an_undocumented_answer() {
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(SEED);
        for (int i = 0; i < REQUESTS; i++) {
            long seed = seeds.nextLong();
            try {
                one(seed);
            } catch (AssertionError e) {
                throw new AssertionError("request " + (i + 1) + " of " + REQUESTS + ", drawn from seed " + seed
                        + ": " + e.getMessage(), e);
            }
        }
    }

    /** One request drawn from a seed, sent and checked. */
    static void one(long seed) {
        SchemaInstances draw = new SchemaInstances(OpenApiContract.get().tree, seed);
        Random random = draw.random();
        int kind = random.nextInt(20);
        if (kind < 13) {
            String path = POSTS.get(random.nextInt(POSTS.size()));
            JsonNode valid = draw.valid(BODIES.get(path));
            boolean mutate = JOB_CREATING.contains(path) || random.nextBoolean();
            String body = mutate ? draw.mutated(valid) : valid.toString();
            check("POST", path, send(() -> ApiServer.post(path, body), "POST " + path + " " + body));
        } else if (kind < 18) {
            String[] templates = {"/api/v1/rule-sets/{id}", "/api/v1/pathways/{id}", "/api/v1/reprice-jobs/{id}",
                    "/api/v1/projection-jobs/{id}", "/api/v1/reprice-jobs/{id}/results/{file}",
                    "/api/v1/projection-jobs/{id}/results/{file}"};
            String template = templates[random.nextInt(templates.length)];
            String path = template.replace("{id}", encode(IDS[random.nextInt(IDS.length)]))
                    .replace("{file}", encode(IDS[random.nextInt(IDS.length)]));
            check("GET", template, send(() -> ApiServer.get(path), "GET " + path));
        } else {
            String[] values = {"0", "-1", "30000000", "abc", "1e3", "12345678901234567890", "", "2.5", "true"};
            String query = "?baseline=" + encode(IDS[random.nextInt(IDS.length)]) + "&candidate=isf-2024&contacts="
                    + encode(values[random.nextInt(values.length)]) + (random.nextBoolean() ? "&seed=x" : "");
            check("POST", "/api/v1/reprice-jobs/generated", send(() -> ApiServer.post(
                    "/api/v1/reprice-jobs/generated" + query, ""), "POST /api/v1/reprice-jobs/generated" + query));
        }
    }

    /** The answer, or a failure that says which request got none (the server closed the connection). */
    private static ApiServer.Reply send(java.util.function.Supplier<ApiServer.Reply> request, String what) {
        String shown = what.length() > 400 ? what.substring(0, 400) + "… (" + what.length() + " characters)" : what;
        try {
            ApiServer.Reply reply = request.get();
            previous = shown + " → " + reply.status();
            return reply;
        } catch (java.io.UncheckedIOException e) {
            throw new AssertionError("no answer to " + shown + "; the request before it: " + previous, e);
        }
    }

    private static String previous = "none";

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void check(String method, String template, ApiServer.Reply reply) {
        String what = method + " " + template + " → " + reply.status() + ": "
                + (reply.body().length() > 300 ? reply.body().substring(0, 300) : reply.body());
        assertTrue(reply.status() < 500, what);
        Conformance.conforms(method, template, reply);
        if (reply.status() >= 400) {
            assertEquals("application/problem+json", reply.contentType().split(";")[0].trim(), what);
            if (reply.status() != 403) {
                List<String> fields = new ArrayList<>(reply.fields());
                assertFalse(fields.isEmpty(), "no field named: " + what);
                assertTrue(fields.stream().noneMatch(String::isBlank), what);
            }
            assertFalse(reply.body().contains("jackson") || reply.body().contains("Jackson")
                    || reply.body().contains("networknt") || reply.body().contains("java."), what);
        }
    }
}
