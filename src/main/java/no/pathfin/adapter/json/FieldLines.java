package no.pathfin.adapter.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML document is written, by its path ({@code tariffs.phv.unitPrice}, {@code bundles[0]}),
 * as the parser located it: a value refused after reading is reported at its own line, not at the first line that
 * happens to carry the same key.
 */
public final class FieldLines {

    private final Map<String, JsonLocation> locations;

    private FieldLines(Map<String, JsonLocation> locations) {
        this.locations = locations;
    }

    /** The fields of a YAML text that has already been read successfully. */
    public static FieldLines ofYaml(byte[] content) {
        return of(JsonFormats.yaml(), content);
    }

    /** The fields of a text the mapper reads (YAML or JSON); the text must be well-formed. */
    static FieldLines of(com.fasterxml.jackson.databind.ObjectMapper mapper, byte[] content) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = mapper.createParser(content)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (!token.isStructEnd()) {
                    // a mapping or sequence that opens is the value of the field (or element) around it
                    JsonStreamContext context = parser.getParsingContext();
                    locations.putIfAbsent(path(token.isStructStart() ? context.getParent() : context),
                            parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FieldLines(locations);
    }

    /** The 1-based line where a field is written, or 0 if it is not. */
    public int line(String path) {
        JsonLocation at = locations.get(path);
        return at == null ? 0 : at.getLineNr();
    }

    /** The 1-based column where a field is written, or 0 if it is not. */
    public int column(String path) {
        JsonLocation at = locations.get(path);
        return at == null ? 0 : at.getColumnNr();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
