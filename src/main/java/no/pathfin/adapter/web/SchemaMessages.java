package no.pathfin.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;

/** What a schema check found, in the user's words: "must be a whole number, not 2.5", never the validator's own. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String of(Error error) {
        JsonNode schema = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        return switch (String.valueOf(error.getKeyword())) {
            case "required" -> "is required";
            case "additionalProperties" -> "is not a field of this request";
            case "type" -> "must be " + types(schema) + ", not " + kind(value);
            case "enum" -> "must be one of " + list(schema) + ", not " + shown(value);
            case "minimum" -> "must be at least " + schema.asText() + ", not " + shown(value);
            case "maximum" -> "must be at most " + schema.asText() + ", not " + shown(value);
            case "exclusiveMinimum" -> "must be more than " + schema.asText() + ", not " + shown(value);
            case "minItems" -> "must hold at least " + schema.asText() + " item" + (schema.asInt() == 1 ? "" : "s");
            case "maxItems" -> "must hold at most " + schema.asText() + " items";
            case "minLength" -> "must be at least " + schema.asText() + " characters long";
            case "maxLength" -> "must be at most " + schema.asText() + " characters long";
            case "uniqueItems" -> "must not name the same item twice";
            case "pattern", "format" -> shown(value) + " is not in the expected form"
                    + (error.getMessage().contains("date") ? " (a date, YYYY-MM-DD)" : "");
            default -> error.getMessage();
        };
    }

    private static String types(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> {
                if (!t.asText().equals("null")) {
                    names.add(name(t.asText()));
                }
            });
        } else {
            names.add(name(type.asText()));
        }
        return String.join(" or ", names);
    }

    private static String name(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "an object";
            default -> type;
        };
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isNumber() || value.isBoolean()) {
            return shown(value);
        }
        if (value.isTextual()) {
            return "the text " + shown(value);
        }
        return value.isArray() ? "a list" : "an object";
    }

    private static String list(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.isNull() ? "null" : v.asText()));
        return String.join(", ", names);
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        return value.isTextual() ? "'" + Shown.cut(value.asText()) + "'" : Shown.cut(value.toString());
    }
}
