package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.pathfin.adapter.web.WebServer;
import org.junit.jupiter.api.Test;

/** openapi.yaml and the running server agree: same routes, and real bodies validate against its schemas. */
class ApiContractTest {

    @Test
    void the_contract_is_a_valid_openapi_document() {
        assertEquals(List.of(), OpenApiContract.get().parsed.getMessages());
        assertEquals("3.1.0", OpenApiContract.get().api().getOpenapi());
    }

    @Test
    void every_documented_operation_is_served_and_every_served_route_is_documented() {
        TreeSet<String> served = ApiServer.server().routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(OpenApiContract.get().operations(), served);
    }

    @Test
    void every_documented_get_answers_200_with_a_body_that_matches_its_schema() {
        String job = RepriceJobApiTest.finishedJob("pathways/activity/sample-activity.csv").get("id").asText();
        String projection = ProjectionJobApiTest.finishedProjection("{\"scenario\": \"status-quo\"}").get("id")
                .asText();
        for (WebServer.Route route : ApiServer.server().routes()) {
            if (route.method().equals("GET")) {
                boolean projecting = route.path().contains("projection-jobs");
                String path = route.path().replace("{id}", route.path().contains("rule-sets") ? "isf-2024"
                        : route.path().contains("reprice-jobs") ? job : projecting ? projection : "hip-replacement-A")
                        .replace("{file}", projecting ? "projection-by-year.csv" : "by-hospital.csv");
                ApiServer.Reply reply = conforms("GET", route.path(), ApiServer.get(path));
                assertEquals(200, reply.status(), path);
            }
        }
    }

    @Test
    void every_request_example_is_valid_and_answered_with_a_valid_200_or_202() {
        int examples = 0;
        for (var entry : OpenApiContract.get().api().getPaths().entrySet()) {
            Operation post = entry.getValue().getPost();
            if (post == null || post.getRequestBody() == null
                    || post.getRequestBody().getContent().get("application/json") == null) {
                continue;
            }
            MediaType json = post.getRequestBody().getContent().get("application/json");
            String schema = "/components/schemas/" + json.getSchema().get$ref().replace("#/components/schemas/", "");
            for (var example : json.getExamples().entrySet()) {
                JsonNode body = ApiServer.JSON.valueToTree(example.getValue().getValue());
                assertEquals(List.of(), OpenApiContract.get().errors(schema, body), example.getKey());

                if (body.path("population").has("repricingJob")) { // the example's job id stands for a finished job
                    ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("population")).put("repricingJob",
                            RepriceJobApiTest.finishedJob("pathways/activity/sample-activity.csv").get("id").asText());
                }
                ApiServer.Reply reply = conforms("POST", entry.getKey(), ApiServer.post(entry.getKey(), body.toString()));

                int expected = post.getResponses().containsKey("202") ? 202 : 200;
                assertEquals(expected, reply.status(), example.getKey() + ": " + reply.body());
                examples++;
            }
        }
        assertTrue(examples >= 5, "examples checked: " + examples);
    }

    @Test
    void every_problem_example_is_valid_and_has_the_status_of_its_response() {
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        OpenApiContract.get().api().getPaths().values().forEach(item -> item.readOperations().forEach(op ->
                op.getResponses().forEach((status, response) -> {
                    if (response.get$ref() != null) {
                        statuses.put(response.get$ref().replace("#/components/responses/", ""),
                                Integer.valueOf(status));
                    }
                })));
        var responses = OpenApiContract.get().api().getComponents().getResponses();
        assertEquals(new TreeSet<>(responses.keySet()), new TreeSet<>(statuses.keySet()), "every response is used");
        responses.forEach((name, response) -> {
            JsonNode example = ApiServer.JSON.valueToTree(response.getContent().get("application/problem+json")
                    .getExample());

            assertEquals(List.of(), OpenApiContract.get().errors("/components/schemas/Problem", example), name);
            assertEquals(statuses.get(name), example.get("status").asInt(), name);
        });
    }

    @Test
    void the_server_serves_its_contract_and_interactive_docs_from_the_jar() throws Exception {
        ApiServer.Reply contract = ApiServer.get("/openapi.yaml");
        assertEquals(200, contract.status());
        assertEquals(java.nio.file.Files.readString(OpenApiContract.FILE), contract.body());

        ApiServer.Reply docs = ApiServer.get("/docs");
        assertTrue(docs.body().contains("/docs/assets/swagger-ui-bundle.js"), docs.body());
        ApiServer.Reply bundle = ApiServer.get("/docs/assets/swagger-ui-bundle.js");
        assertEquals(200, bundle.status());
        assertTrue(bundle.body().length() > 100_000, "the Swagger UI bundle is served");
    }

    @Test
    void an_unknown_route_is_a_404_problem_and_a_wrong_method_a_405_problem() {
        ApiServer.Reply missing = ApiServer.get("/api/v1/nothing-here");
        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType().split(";")[0]);
        assertEquals(List.of(), OpenApiContract.get().errors("/components/schemas/Problem", missing.json()));

        ApiServer.Reply wrongMethod = ApiServer.send("DELETE", "/api/v1/rule-sets", null, null);
        assertEquals(405, wrongMethod.status());
        assertEquals(List.of(), OpenApiContract.get().errors("/components/schemas/Problem", wrongMethod.json()));
    }

    @Test
    void errors_validate_against_the_problem_schema_for_every_documented_status() {
        Map<Integer, ApiServer.Reply> replies = Map.of(
                400, ApiServer.post("/api/v1/pricings", "{\"model\": \"per-contact\", \"bogus\": 1}"),
                413, ApiServer.post("/api/v1/pricings", "{\"model\":\"" + "x".repeat(1_100_000) + "\"}"),
                415, ApiServer.send("POST", "/api/v1/pricings", "text/plain", "hello"),
                422, ApiServer.post("/api/v1/pricings", "{\"pathwayId\": \"hip-replacement-A\", \"model\": \"bundle\", \"ruleSet\": \"isf-1999\"}"));
        replies.forEach((status, reply) -> {
            assertEquals(status, reply.status(), reply.body());
            conforms("POST", "/api/v1/pricings", reply);
        });
        ApiServer.Reply unknown = conforms("GET", "/api/v1/rule-sets/{id}", ApiServer.get("/api/v1/rule-sets/isf-1999"));
        assertEquals(404, unknown.status(), unknown.body());
        ApiServer.Reply off = conforms("POST", "/api/v1/admin/reload", ApiServer.post("/api/v1/admin/reload", ""));
        assertEquals(403, off.status(), "reloading is off without an admin token");
    }
}
