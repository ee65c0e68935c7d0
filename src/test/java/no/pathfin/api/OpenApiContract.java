package no.pathfin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The top-level {@code openapi.yaml}, read by swagger-parser (to check it and list its operations) and used with
 * the networknt validator to check bodies against its schemas: maintained tools, not hand-written checks.
 */
final class OpenApiContract {

    static final Path FILE = Path.of("openapi.yaml");
    private static final String BASE = "https://contract.test/openapi.json";

    final SwaggerParseResult parsed;
    final JsonNode tree;
    private final SchemaRegistry registry;

    private OpenApiContract() {
        try {
            ParseOptions options = new ParseOptions();
            options.setResolve(false);
            this.parsed = new OpenAPIV3Parser().readContents(Files.readString(FILE), null, options);
            this.tree = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
            String json = new ObjectMapper().writeValueAsString(tree);
            // the document's own top-level fields are not schema keywords: named, so that they are not warned about
            com.networknt.schema.dialect.Dialect dialect = com.networknt.schema.dialect.Dialect
                    .builder(Dialects.getOpenApi31()).keywords(java.util.stream.Stream.of("openapi", "info", "servers",
                            "paths", "components", "tags", "security", "webhooks", "externalDocs")
                            .map(com.networknt.schema.keyword.NonValidationKeyword::new).toList()).build();
            this.registry = SchemaRegistry.withDialect(dialect, b -> b.schemas(Map.of(BASE, json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenApiContract instance;

    static synchronized OpenApiContract get() {
        if (instance == null) {
            instance = new OpenApiContract();
        }
        return instance;
    }

    OpenAPI api() {
        return parsed.getOpenAPI();
    }

    /** {@code GET /api/v1/rule-sets/{id}} for every operation in the contract. */
    TreeSet<String> operations() {
        TreeSet<String> operations = new TreeSet<>();
        api().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> operations.add(method.name() + " " + path)));
        return operations;
    }

    /** Errors of a body against a schema given as a JSON pointer into the contract, e.g. /components/schemas/Pricing. */
    List<String> errors(String pointer, JsonNode body) {
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    /** The JSON pointer of the schema documented for a response (following a $ref'd response object). */
    String responseSchema(String method, String path, int status, String mediaType) {
        JsonNode response = tree.path("paths").path(path).path(method.toLowerCase(Locale.ROOT)).path("responses")
                .path(String.valueOf(status));
        String pointer = "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = tree.at(pointer);
        }
        if (response.isMissingNode()) {
            throw new AssertionError(method + " " + path + " does not document status " + status);
        }
        if (!response.path("content").has(mediaType)) {
            throw new AssertionError(method + " " + path + " " + status + " does not document " + mediaType
                    + "; it documents " + response.path("content").fieldNames().next());
        }
        return pointer + "/content/" + escape(mediaType) + "/schema";
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
