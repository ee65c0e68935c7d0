package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.App;
import no.pathfin.application.projection.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios a projection job can name, as the server's scenarios folder holds them. */
class ScenarioApiTest {

    @Test
    void the_shipped_scenarios_are_listed_by_id_with_their_years_and_change_factors() {
        ApiServer.Reply reply = conforms("GET", "/api/v1/scenarios", ApiServer.get("/api/v1/scenarios"));

        assertEquals(200, reply.status(), reply.body());
        List<String> ids = new ArrayList<>();
        reply.json().forEach(s -> ids.add(s.get("id").asText()));
        assertEquals(List.of("demography", "home-2035", "quality-pot", "status-quo"), ids);
        JsonNode home = reply.json().get(1);
        assertEquals(2024, home.get("baseYear").asInt());
        assertEquals(2025, home.get("years").get("from").asInt());
        assertEquals(2035, home.get("years").get("to").asInt());
        assertTrue(home.get("ownActivity").asBoolean());
        assertEquals("surgical-stays-to-day-surgery", home.get("changes").get(2).asText());
        assertTrue(home.get("description").asText().contains("80 % of growth funded"), home.toString());
        assertTrue(home.get("problem").isNull());
    }

    @Test
    void every_listed_id_is_one_a_projection_job_accepts() {
        ApiServer.get("/api/v1/scenarios").json().forEach(s -> {
            ApiServer.Reply job = ApiServer.post("/api/v1/projection-jobs",
                    "{\"scenario\": \"" + s.get("id").asText() + "\"}");
            assertEquals(202, job.status(), job.body());
        });
    }

    @Test
    void a_scenario_file_that_cannot_be_read_is_listed_with_its_problem(@TempDir Path folder) throws Exception {
        Files.copy(Path.of("scenarios", "status-quo.yaml"), folder.resolve("status-quo.yaml"));
        Files.copy(Path.of("scenarios", "trust-regions.csv"), folder.resolve("trust-regions.csv"));
        Files.writeString(folder.resolve("broken.yaml"), "name: broken\nbaseYear: 2024\n");

        List<ScenarioCatalog.Listed> listed = App.scenarios(folder).all();

        assertEquals(List.of("broken", "status-quo"), listed.stream().map(ScenarioCatalog.Listed::id).toList());
        assertNull(listed.get(0).scenario());
        assertTrue(listed.get(0).problem().contains("years"), listed.get(0).problem());
        assertNull(listed.get(1).problem(), listed.get(1).problem());
    }

    @Test
    void a_server_without_a_scenarios_folder_lists_none(@TempDir Path folder) {
        assertEquals(List.of(), App.scenarios(folder.resolve("missing")).all());
    }
}
