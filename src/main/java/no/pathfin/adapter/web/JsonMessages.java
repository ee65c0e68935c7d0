package no.pathfin.adapter.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** What is wrong with a JSON body, in the user's words: where it is, never the reader's class or setting names. */
final class JsonMessages {

    private JsonMessages() {
    }

    /** {@code " at line L, column C"}, or nothing when the place is unknown. */
    static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    static String plain(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("nesting depth")) {
                return "arrays and objects are nested deeper than 1000 levels";
            }
            if (lower.contains("number")) {
                return "a number has more digits than can be read";
            }
            if (lower.contains("string") || lower.contains("name")) {
                return "a text or a field name is longer than can be read";
            }
            return "the document is larger than can be read";
        }
        // "Unexpected character ('1' (code 49)): was expecting a colon …": the character code is the reader's
        String cleaned = message.replaceAll(" \\(code -?\\d+\\)", "").replaceAll("`[^`]*`", "").trim();
        int newline = cleaned.indexOf('\n');
        cleaned = newline < 0 ? cleaned : cleaned.substring(0, newline).trim();
        return (cleaned.length() > 300 ? cleaned.substring(0, 300) + "…" : cleaned) + where(e);
    }
}
