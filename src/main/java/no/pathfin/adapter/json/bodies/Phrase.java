package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the texts the rules repeat in every line (rule names, regulations, factor names and sources, the rules'
 * formulas and notes, content hashes) from bytes escaped once. A comparison writes the same source a hundred times;
 * escaping it character by character each time was the larger part of its serialisation. The texts come from the
 * loaded rule sets and cost tables, so there are few of them; the map is emptied should one-off texts (overrides' own
 * figures) ever fill it.
 */
final class Phrase extends StdSerializer<String> {

    private static final int LIMIT = 10_000;
    private static final Map<String, SerializedString> ESCAPED = new ConcurrentHashMap<>();

    Phrase() {
        super(String.class);
    }

    @Override
    public void serialize(String text, JsonGenerator out, SerializerProvider provider) throws IOException {
        SerializedString escaped = ESCAPED.get(text);
        if (escaped == null) {
            if (ESCAPED.size() >= LIMIT) {
                ESCAPED.clear();
            }
            escaped = new SerializedString(text);
            escaped.asQuotedUTF8();
            ESCAPED.put(text, escaped);
        }
        out.writeString(escaped);
    }
}
