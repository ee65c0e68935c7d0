package no.pathfin.adapter.cli;

import no.pathfin.adapter.json.JsonFormats;

/** JSON output of the command line: amounts as exact decimal numbers, codes in their external spelling. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return JsonFormats.pretty(value);
    }
}
