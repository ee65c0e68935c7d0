package no.pathfin.adapter.cli;

import java.io.IOException;
import no.pathfin.adapter.json.JsonFormats;

/** JSON output of the command line: amounts as exact decimal numbers, codes in their external spelling. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        try {
            return JsonFormats.pretty().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
