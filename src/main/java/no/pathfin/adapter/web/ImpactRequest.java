package no.pathfin.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.pathfin.adapter.json.bodies.OverridesBody;

/** The request of {@code POST /api/v1/impact}, as the contract defines it (ImpactRequest). */
record ImpactRequest(String baseline, String candidate, OverridesBody overrides, String family,
                     List<String> pathwayIds, List<RequestBodies.PathwayBody> pathways, String model,
                     JsonNode population, List<ImpactRequest.VolumeBody> plan, String compensation) {

    record VolumeBody(String pathwayId, Long volume) {
    }
}
