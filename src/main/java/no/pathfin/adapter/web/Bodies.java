package no.pathfin.adapter.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;

/**
 * JSON in and out. Reads a request body (well-formed, matching the contract's schema, then bound to its record)
 * and writes response bodies as bytes in the request thread (Javalin's default object mapping streams through a
 * pipe and a second thread, which costs more than the serialisation itself).
 */
final class Bodies {

    private final ObjectMapper mapper;
    private final Contract contract;

    Bodies(ObjectMapper mapper, Contract contract) {
        this.mapper = mapper;
        this.contract = contract;
    }

    /** A plain message for a value of the wrong form, without the reader's internals. */
    private static String unreadable(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid) {
            String type = invalid.getTargetType() == java.time.LocalDate.class ? "date (YYYY-MM-DD)"
                    : invalid.getTargetType().getSimpleName();
            return "'" + invalid.getValue() + "' is not a valid " + type;
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException coercion) {
            return "is too large a number for this field" + (coercion.getTargetType() == Integer.TYPE
                    || coercion.getTargetType() == Integer.class ? " (at most 2147483647)" : "");
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("out of range")) {
            return "is too large a number for this field";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "has the wrong type for " + mismatch.getTargetType().getSimpleName();
        }
        return "cannot be read";
    }

    void write(Context ctx, Object body) {
        write(ctx, body, "application/json");
    }

    void write(Context ctx, Object body, String contentType) {
        try {
            ctx.contentType(contentType).result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response body", e);
        }
    }

    /** Refuses anything but white space after the document: {@code {…} junk} is not one JSON document. */
    private static void trailing(com.fasterxml.jackson.core.JsonParser parser) throws java.io.IOException {
        JsonLocation at = parser.currentLocation();
        boolean more;
        try {
            more = parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            more = true;
        }
        if (more) {
            String where = " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ProblemException.badRequest("the body holds more than one JSON document", List.of(
                    new ProblemException.FieldError("body", "unexpected content after the JSON document" + where)));
        }
    }

    <T> T read(Context ctx, String schemaName, Class<T> type) {
        String contentType = ctx.contentType();
        String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new ProblemException(415, "urn:pathfin:problem:unsupported-media-type", "Unsupported media type",
                    "send the body as application/json", List.of(new ProblemException.FieldError("Content-Type",
                    contentType == null ? "missing; expected application/json"
                            : "expected application/json, got " + Shown.cut(contentType))));
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw ProblemException.badRequest("the request has no body", List.of(
                    new ProblemException.FieldError("body", "a JSON object is required")));
        }
        JsonNode tree;
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(bytes)) {
            tree = mapper.readTree(parser);
            if (tree == null) {
                throw ProblemException.badRequest("the request has no body", List.of(
                        new ProblemException.FieldError("body", "a JSON object is required")));
            }
            trailing(parser);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("the body is not well-formed JSON" + JsonMessages.where(e), List.of(
                    new ProblemException.FieldError("body", JsonMessages.plain(e))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        contract.validate(schemaName, tree);
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                    : "[" + r.getIndex() + "]").reduce("", String::concat);
            field = field.startsWith(".") ? field.substring(1) : field;
            String named = field.isEmpty() ? "body" : field;
            String message = unreadable(e);
            throw ProblemException.badRequest(named + " " + message, List.of(
                    new ProblemException.FieldError(named, message)));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("the body cannot be read", List.of(
                    new ProblemException.FieldError("body", JsonMessages.plain(e))));
        }
    }
}
