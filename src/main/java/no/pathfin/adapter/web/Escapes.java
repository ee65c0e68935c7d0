package no.pathfin.adapter.web;

import java.util.List;

/** A request path's %-escapes checked before any route reads it: each % must be followed by two hex digits. */
final class Escapes {

    private Escapes() {
    }

    static void check(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            if (rawPath.charAt(i) == '%' && (i + 2 >= rawPath.length() || !hex(rawPath.charAt(i + 1))
                    || !hex(rawPath.charAt(i + 2)))) {
                String escape = rawPath.substring(i, Math.min(rawPath.length(), i + 3));
                throw ProblemException.badRequest("the path has a malformed %-escape '" + escape + "'", List.of(
                        new ProblemException.FieldError("path", "write a % as %25; an escape is % and two hex digits"
                                + " (%41 for A)")));
            }
        }
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
