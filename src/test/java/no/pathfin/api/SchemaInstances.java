package no.pathfin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Request bodies drawn from the contract's own schemas: valid ones (every required field, optional ones at random,
 * codes from their enums, numbers in their bounds, and the domain's own ids often enough to be priced), and mutated
 * ones (a required field dropped, an unknown field, a value of the wrong type, a number or a text far out of bounds,
 * deep nesting, broken JSON text).
 */
final class SchemaInstances {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Texts the server knows, so that a valid body is often priced rather than refused as unknown. */
    private static final String[] KNOWN = {"isf-2024", "isf-2025-plan", "isf-2020", "isf-2019", "isf-2018",
            "hip-replacement-A", "hip-replacement-B", "hip-replacement", "A", "B", "C", "ORT-CONTROL", "ORT-ASSESS",
            "HIP-SURGERY", "PHV-TREAT", "1", "2", "status-quo", "demography", "x"};

    private final JsonNode contract;
    private final Random random;

    SchemaInstances(JsonNode contract, long seed) {
        this.contract = contract;
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A body valid against the named component schema (as far as its keywords go). */
    JsonNode valid(String schemaName) {
        return valid(contract.path("components").path("schemas").path(schemaName), 0);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        while (at.has("$ref")) {
            String[] parts = at.get("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String part : parts) {
                target = target.path(part);
            }
            at = target;
        }
        return at;
    }

    private JsonNode valid(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return valid(options.get(random.nextInt(options.size())), depth + 1);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("example") && random.nextInt(3) > 0) {
            return schema.get("example");
        }
        String type = type(schema);
        switch (type) {
            case "null":
                return F.nullNode();
            case "object":
                return object(schema, depth);
            case "array":
                return array(schema, depth);
            case "integer":
                return F.numberNode(number(schema, true).longValue());
            case "number":
                return F.numberNode(number(schema, false));
            case "boolean":
                return F.booleanNode(random.nextBoolean());
            default:
                return F.textNode(text(schema));
        }
    }

    private String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
        }
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            // null now and then: a nullable field is mostly given
            List<String> given = types.stream().filter(t -> !t.equals("null")).toList();
            return given.isEmpty() || random.nextInt(6) == 0 ? types.get(random.nextInt(types.size()))
                    : given.get(random.nextInt(given.size()));
        }
        return type.asText();
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = F.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        JsonNode properties = schema.path("properties");
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (required.contains(name) || (depth < 6 && random.nextInt(3) == 0)) {
                object.set(name, valid(properties.get(name), depth + 1));
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject() && depth < 6) {
            for (int i = random.nextInt(3); i > 0; i--) {
                object.set(KNOWN[random.nextInt(KNOWN.length)], valid(additional, depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = F.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(4), min + 4);
        int n = depth > 6 ? min : min + random.nextInt(Math.max(1, max - min + 1));
        for (int i = 0; i < n; i++) {
            array.add(valid(schema.path("items"), depth + 1));
        }
        return array;
    }

    private java.math.BigDecimal number(JsonNode schema, boolean whole) {
        double min = schema.has("minimum") ? schema.get("minimum").asDouble() : -5;
        double max = schema.has("maximum") ? schema.get("maximum").asDouble() : Math.max(min + 10, 100_000);
        double value = min + random.nextDouble() * Math.min(max - min, 1_000_000);
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(value);
        return whole ? n.setScale(0, java.math.RoundingMode.DOWN) : n.setScale(random.nextInt(4),
                java.math.RoundingMode.DOWN);
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return String.format("%d-%02d-%02d", 2017 + random.nextInt(10), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
        }
        String text = KNOWN[random.nextInt(KNOWN.length)];
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The body with one fault put in at a random place, as text (some faults are not JSON at all). */
    String mutated(JsonNode body) {
        JsonNode copy = body.deepCopy();
        switch (random.nextInt(9)) {
            case 0:
                return truncate(copy.toString());
            case 1:
                return copy + (random.nextBoolean() ? " junk" : "{}");
            case 2:
                return "[".repeat(1 + random.nextInt(3000)) + "]".repeat(random.nextInt(3000));
            default:
                mutateNode(copy, 0);
                return copy.toString();
        }
    }

    private String truncate(String json) {
        return json.length() < 2 ? "{" : json.substring(0, random.nextInt(json.length() - 1) + 1);
    }

    /** Replaces, removes or adds one value somewhere in the tree. */
    private void mutateNode(JsonNode node, int depth) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        boolean container = node.isObject() ? !fields.isEmpty() : node.isArray() && node.size() > 0;
        if (container && depth < 8 && random.nextInt(3) > 0) {
            JsonNode child = node.isObject() ? node.get(fields.get(random.nextInt(fields.size())))
                    : node.get(random.nextInt(node.size()));
            if (child.isContainerNode()) {
                mutateNode(child, depth + 1);
                return;
            }
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (!fields.isEmpty() && random.nextBoolean()) {
                String name = fields.get(random.nextInt(fields.size()));
                if (random.nextBoolean()) {
                    object.remove(name);
                } else {
                    object.set(name, wrong());
                }
            } else {
                object.set("unexpected" + random.nextInt(10), wrong());
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            if (array.size() > 0 && random.nextBoolean()) {
                array.set(random.nextInt(array.size()), wrong());
            } else {
                array.add(wrong());
            }
        }
    }

    /** A value of a type or size no schema asks for. */
    private JsonNode wrong() {
        return switch (random.nextInt(12)) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode("");
            case 2 -> F.textNode("x".repeat(10_000 + random.nextInt(50_000)));
            case 3 -> F.numberNode(8_888_268_558L);
            case 4 -> F.numberNode(new java.math.BigDecimal("1e400"));
            case 5 -> F.numberNode(-1);
            case 6 -> F.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 7 -> F.booleanNode(true);
            case 8 -> F.objectNode().put("a", 1);
            case 9 -> F.arrayNode().add(1).add("b");
            case 10 -> F.textNode("'; DROP TABLE x; --\u0000\uD83D\uDE00%u0041");
            default -> F.numberNode(0.1 + random.nextInt(5));
        };
    }
}
