package no.pathfin.adapter.pathways;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.domain.workbench.FixtureApproval;

/** Rewrites the figures of one expectation in a fixture file, keeping everything else as it was written. */
final class FixtureWriter {

    private FixtureWriter() {
    }

    @SuppressWarnings("unchecked")
    static void approve(Path file, FixtureApproval approval) {
        try {
            Map<String, Object> root = JsonFormats.readJson(Files.readAllBytes(file), LinkedHashMap.class, file.toString());
            Map<String, Object> expectation = ((List<Map<String, Object>>) root.get("expected")).get(approval.expectation());
            expectation.put("total", figure(approval.total()));
            Map<String, Object> lines = new LinkedHashMap<>();
            approval.lines().forEach((contact, figure) -> lines.put(contact, figure(figure)));
            expectation.put("lines", lines);
            Files.writeString(file, JsonFormats.fixture(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> figure(FixtureApproval.Figure figure) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("amount", figure.amount().kroner());
        node.put("working", figure.working());
        return node;
    }
}
