package no.pathfin.adapter.cli;

import no.pathfin.adapter.json.JsonFormats;

/**
 * The command line's {@code --json}: the body the API answers to the same request (the shapes of openapi.yaml, built
 * by adapter/json's bodies), written by the API's own mapper, indented. Amounts are exact decimal numbers, codes are
 * in their external spelling, and nothing internal to the domain objects leaks.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return JsonFormats.answer(value);
    }
}
