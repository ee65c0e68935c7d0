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
import no.pathfin.adapter.json.JobFolders;
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

    private final JobFolders folders;

    public FileProjectionJobStore(Path root) {
        this.folders = new JobFolders(root);
    }

    @Override
    public String create() {
        return folders.reserve();
    }

    @Override
    public void save(ProjectionJob job) {
        folders.save(job.id(), job);
    }

    @Override
    public Optional<ProjectionJob> find(String id) {
        return folders.find(id, ProjectionJob.class);
    }

    @Override
    public List<ProjectionJob> all() {
        List<ProjectionJob> jobs = new ArrayList<>(folders.all(ProjectionJob.class));
        jobs.sort(Comparator.comparing(ProjectionJob::created));
        return jobs;
    }

    @Override
    public List<String> write(String id, Projection projection) {
        return ProjectionFiles.write(folders.results(id), projection);
    }

    @Override
    public List<String> write(String id, ProjectionComparison comparison) {
        Path results = folders.results(id);
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
        return find(id).flatMap(job -> folders.result(id, file, job.resultFiles()));
    }

    @Override
    public void delete(String id) {
        folders.delete(id);
    }

    @Override
    public String plain(String message) {
        return folders.plain(message);
    }
}
