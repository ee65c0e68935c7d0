package no.pathfin.adapter.pathways;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.pathfin.domain.workbench.FixtureApproval;

/** Rewrites the figures of one expectation in a fixture file, keeping everything else as it was written. */
final class FixtureWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private FixtureWriter() {
    }

    static void approve(Path file, FixtureApproval approval) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            ObjectNode expectation = (ObjectNode) root.get("expected").get(approval.expectation());
            expectation.set("total", figure(approval.total()));
            ObjectNode lines = expectation.putObject("lines");
            approval.lines().forEach((contact, figure) -> lines.set(contact, figure(figure)));
            String text = JSON.writer(PRETTY).writeValueAsString(root) + "\n";
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode figure(FixtureApproval.Figure figure) {
        ObjectNode node = JSON.createObjectNode();
        node.put("amount", figure.amount().kroner());
        node.put("working", figure.working());
        return node;
    }
}
