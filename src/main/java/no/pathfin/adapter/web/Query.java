package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * Query parameters read strictly: each at most once, a flag {@code true} or {@code false}, a whole number within its
 * range; anything else is a 400 naming the parameter.
 */
final class Query {

    private Query() {
    }

    /** The parameter's one value, or null when it is absent or blank. */
    static String text(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw refused(name, "is given " + values.size() + " times; give it once");
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    static boolean flag(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw refused(name, "'" + Shown.cut(value) + "' is neither true nor false");
    }

    static long whole(Context ctx, String name, long fallback, long min, long max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        String digits = value.trim();
        if (!digits.matches("-?[0-9]{1,30}")) {
            throw refused(name, "'" + Shown.cut(value) + "' is not a whole number");
        }
        java.math.BigInteger n = new java.math.BigInteger(digits);
        if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0 || n.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw refused(name, Shown.cut(digits) + " is outside " + min + " to " + max);
        }
        return n.longValueExact();
    }

    static ProblemException refused(String name, String message) {
        return ProblemException.badRequest("the query parameter " + name + " " + message,
                List.of(new ProblemException.FieldError(name, message)));
    }
}
