package no.pathfin.adapter.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.application.projection.ProjectionJobStore;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.domain.projection.ProjectionJob;

/**
 * Projection jobs on disk, one folder each: {@code job.json} (its state, replaced atomically) and {@code results/}
 * (the files {@code project} writes; a comparison's per-scenario files prefixed with the scenario's name, so that
 * every result is one file name). Survives a restart of the server.
 */
public final class FileProjectionJobStore implements ProjectionJobStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

    private final Path root;

    public FileProjectionJobStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String create() {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root.resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    @Override
    public void save(ProjectionJob job) {
        JsonFormats.replace(folder(job.id()).resolve("job.json"), job);
    }

    @Override
    public Optional<ProjectionJob> find(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(id).resolve("job.json");
        return Files.isRegularFile(file) ? Optional.of(JsonFormats.readLenient(file, ProjectionJob.class))
                : Optional.empty();
    }

    @Override
    public List<ProjectionJob> all() {
        List<ProjectionJob> jobs = new ArrayList<>(JsonFormats.readEach(root, "job.json", ProjectionJob.class));
        jobs.sort(Comparator.comparing(ProjectionJob::created));
        return jobs;
    }

    @Override
    public List<String> write(String id, Projection projection) {
        return ProjectionFiles.write(folder(id).resolve("results"), projection);
    }

    @Override
    public List<String> write(String id, ProjectionComparison comparison) {
        Path results = folder(id).resolve("results");
        List<String> flat = new ArrayList<>();
        try {
            for (String name : ProjectionFiles.write(results, comparison)) {
                if (name.contains("/")) {
                    String joined = name.replace('/', '-');
                    Files.move(results.resolve(name), results.resolve(joined), StandardCopyOption.REPLACE_EXISTING);
                    flat.add(joined);
                } else {
                    flat.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return flat;
    }

    @Override
    public Optional<InputStream> result(String id, String file) {
        Optional<ProjectionJob> job = find(id);
        if (job.isEmpty() || !job.get().resultFiles().contains(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(folder(id).resolve("results").resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a job id: " + id);
        }
        return root.resolve(id);
    }
}
