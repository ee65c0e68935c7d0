package no.pathfin.domain;

/** A value that cannot be used, and where it was given: a field such as {@code kind} or {@code weights.NOPE} (or null). */
public final class InvalidValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValue(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Where the value was given, or null when it concerns the whole. */
    public String field() {
        return field;
    }
}
