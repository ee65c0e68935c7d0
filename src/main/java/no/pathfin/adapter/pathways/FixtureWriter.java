package no.pathfin.adapter.pathways;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.domain.workbench.FixtureApproval;

/** Rewrites the figures of one expectation in a fixture file, keeping everything else as it was written. */
final class FixtureWriter {

    private FixtureWriter() {
    }

    static void approve(Path file, FixtureApproval approval) {
        try {
            ObjectNode root = (ObjectNode) JsonFormats.files().readTree(file.toFile());
            ObjectNode expectation = (ObjectNode) root.get("expected").get(approval.expectation());
            expectation.set("total", figure(approval.total()));
            ObjectNode lines = expectation.putObject("lines");
            approval.lines().forEach((contact, figure) -> lines.set(contact, figure(figure)));
            String text = JsonFormats.fixtures().writeValueAsString(root) + "\n";
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode figure(FixtureApproval.Figure figure) {
        ObjectNode node = JsonFormats.files().createObjectNode();
        node.put("amount", figure.amount().kroner());
        node.put("working", figure.working());
        return node;
    }
}
