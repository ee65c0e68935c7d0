package no.pathfin.adapter.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The requests the HTTP server refuses before any route sees them (a %00 in the path, an address or headers too
 * long) answered as problem+json like every other refusal, never as an HTML page.
 */
final class JettyProblems extends ErrorHandler {

    private static final String PROBLEM_JSON = "application/problem+json";

    JettyProblems() {
        setShowStacks(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        // the HTTP layer closes the connection after such a refusal: say so, or a client reuses it and fails
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        StringBuilder reasons = new StringBuilder(String.valueOf(message));
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            reasons.append(' ').append(t.getMessage());
        }
        response.write(true, ByteBuffer.wrap(body(code, reasons.toString())), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
        String lower = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        boolean path = status == 414 || lower.contains("uri") || lower.contains("path") || lower.contains("encod");
        String detail = switch (status) {
            case 414 -> "the address is too long";
            case 431 -> "the request's headers are too large";
            case 413 -> "the request is too large";
            case 408 -> "the request did not arrive in time";
            case 400 -> path ? "the path is not valid: a %-escape is malformed or stands for a control character"
                    : "the request is not valid HTTP";
            default -> "the request could not be answered";
        };
        String field = status == 431 ? "headers" : path ? "path" : null;
        String title = status >= 500 ? "Internal error" : "The request is not valid";
        String errors = field == null ? "[]" : "[{\"field\":\"" + field + "\",\"message\":\"" + detail + "\"}]";
        return ("{\"type\":\"urn:pathfin:problem:http\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"errors\":" + errors + "}").getBytes(StandardCharsets.UTF_8);
    }
}
