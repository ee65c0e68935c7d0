package no.pathfin.adapter.web;

import java.util.List;

/** A request the API refuses, as an RFC 9457 problem: status, title, detail and the fields at fault. */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "urn:pathfin:problem:invalid-request", "The request is not valid", detail, errors);
    }

    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "urn:pathfin:problem:cannot-price", "The request cannot be priced",
                field + ": " + message, List.of(new FieldError(field, message)));
    }

    static ProblemException notFound(String what, String field) {
        return new ProblemException(404, "urn:pathfin:problem:not-found", "Not found", what,
                field == null ? List.of() : List.of(new FieldError(field, "not found")));
    }

    static ProblemException tooLarge(String field, String message) {
        return new ProblemException(413, "urn:pathfin:problem:too-large", "The request is too large", message,
                List.of(new FieldError(field, message)));
    }

    Problem problem() {
        return new Problem(type, title, status, getMessage(), errors);
    }

    int status() {
        return status;
    }

    /** The body of an {@code application/problem+json} response. */
    record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    }
}
