package no.pathfin.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.pathfin.adapter.json.JsonFormats;

/**
 * The REST contract, {@code openapi.yaml} (packaged in the jar), and request bodies validated against its own
 * schemas: one source of truth for what a valid request is, with the path of every field at fault.
 */
final class Contract {

    private static final String BASE = "https://pathfin.invalid/openapi.json";

    private final byte[] yaml;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private Contract(byte[] yaml, SchemaRegistry registry) {
        this.yaml = yaml;
        this.registry = registry;
    }

    static Contract load() {
        try (InputStream in = Contract.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the classpath");
            }
            byte[] yaml = in.readAllBytes();
            JsonNode tree = JsonFormats.yaml().readTree(yaml);
            String json = JsonFormats.api().writeValueAsString(tree);
            // the document's own top-level fields are not schema keywords: named, so that they are not warned about
            com.networknt.schema.dialect.Dialect dialect = com.networknt.schema.dialect.Dialect
                    .builder(Dialects.getOpenApi31()).keywords(java.util.stream.Stream.of("openapi", "info", "servers",
                            "paths", "components", "tags", "security", "webhooks", "externalDocs")
                            .map(com.networknt.schema.keyword.NonValidationKeyword::new).toList()).build();
            SchemaRegistry registry = SchemaRegistry.withDialect(dialect,
                    builder -> builder.schemas(Map.of(BASE, json)));
            return new Contract(yaml, registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] yaml() {
        return yaml.clone();
    }

    /** Throws a 400 problem naming every field of {@code body} that breaks the named schema. */
    void validate(String schemaName, JsonNode body) {
        Schema schema = schemas.computeIfAbsent(schemaName,
                name -> registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name)));
        List<Error> errors = schema.validate(body);
        if (!errors.isEmpty()) {
            // "one of" errors only repeat, less precisely, what the branch that almost matched says
            List<Error> precise = errors.stream().filter(e -> !"oneOf".equals(e.getKeyword())
                    && !"anyOf".equals(e.getKeyword())).toList();
            List<ProblemException.FieldError> fields = (precise.isEmpty() ? errors : precise).stream()
                    .map(e -> new ProblemException.FieldError(field(e), SchemaMessages.of(e))).distinct().toList();
            throw ProblemException.badRequest(fields.size() == 1 ? fields.get(0).field() + " "
                    + fields.get(0).message() : "the request has " + fields.size() + " fields in error: "
                    + String.join(", ", fields.stream().map(ProblemException.FieldError::field).distinct().toList()),
                    fields);
        }
    }

    /** {@code /pathway/contacts/0/kind} → {@code pathway.contacts[0].kind}; an unknown property is named itself. */
    private static String field(Error error) {
        StringBuilder path = new StringBuilder();
        for (String token : error.getInstanceLocation().toString().split("/")) {
            if (token.isEmpty() || token.equals("$")) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        String field = path.toString();
        if (error.getProperty() != null && ("additionalProperties".equals(error.getKeyword())
                || "required".equals(error.getKeyword()))) {
            field = field.isEmpty() ? error.getProperty() : field + "." + error.getProperty();
        }
        return field.isEmpty() ? "body" : field;
    }
}
