package no.pathfin.adapter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** An {@code Authorization: Bearer …} header checked against a token: the scheme in any case (RFC 7235), the token exactly, in constant time. */
final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private BearerToken() {
    }

    static boolean matches(String header, String token) {
        if (header == null || token == null || header.length() < SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                header.substring(SCHEME.length()).getBytes(StandardCharsets.UTF_8));
    }
}
