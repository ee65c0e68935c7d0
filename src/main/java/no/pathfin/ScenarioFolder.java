package no.pathfin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.adapter.scenarios.ScenarioFiles;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.projection.ScenarioCatalog;

/** The scenarios of a folder by name ({@code NAME.yaml}), each with its base-year activity file if it names one. */
final class ScenarioFolder implements ScenarioCatalog {

    private static final String NAME = "[a-z0-9][a-z0-9-]*";

    private final Path folder;

    ScenarioFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Named named(String name, String field) {
        Path file = folder.resolve(name + ".yaml");
        if (!name.matches(NAME) || !Files.isRegularFile(file)) {
            List<String> known = ids();
            throw new InvalidRequestException(field, "unknown scenario '" + name + "'; known: " + (known.isEmpty()
                    ? "none (the server's scenarios folder '" + folder + "' holds none; pathfin serve --scenarios DIR"
                    + " names it)" : String.join(", ", known)));
        }
        try {
            ScenarioFiles.Loaded loaded = ScenarioFiles.load(file);
            return new Named(loaded.scenario(),
                    loaded.activity() == null ? null : CsvActivitySource.open(loaded.activity()));
        } catch (DataFileException e) {
            throw new InvalidRequestException(field, "scenario " + name + " cannot be read: " + e.getMessage());
        }
    }

    @Override
    public List<Listed> all() {
        return ids().stream().map(this::listed).toList();
    }

    private Listed listed(String id) {
        try {
            ScenarioFiles.Loaded loaded = ScenarioFiles.load(folder.resolve(id + ".yaml"));
            return new Listed(id, loaded.scenario(), loaded.activity() != null, null);
        } catch (DataFileException e) {
            return new Listed(id, null, false, e.getMessage());
        }
    }

    /** The ids of the folder's scenario files, sorted; none when there is no folder. */
    private List<String> ids() {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).filter(f -> f.matches(NAME)).sorted()
                    .collect(Collectors.toList());
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
