package no.pathfin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** Asserts that a real response is documented in openapi.yaml and that its body validates against the schema. */
final class Conformance {

    private Conformance() {
    }

    /** @param path the contract's path template, e.g. {@code /api/v1/rule-sets/{id}} */
    static ApiServer.Reply conforms(String method, String path, ApiServer.Reply reply) {
        String mediaType = reply.contentType().split(";")[0].trim();
        String pointer = OpenApiContract.get().responseSchema(method, path, reply.status(), mediaType);
        if (mediaType.endsWith("json")) {
            List<String> errors = OpenApiContract.get().errors(pointer, reply.json());
            assertEquals(List.of(), errors, method + " " + path + " " + reply.status() + " body: " + abbreviate(reply.body()));
        }
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "),
                "a stack trace leaked: " + abbreviate(reply.body()));
        return reply;
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
