package no.pathfin.adapter.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.pathfin.adapter.json.JobFolders;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.batch.RepriceJobStore;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.domain.batch.RepriceJob;

/**
 * Jobs on disk, one folder each: {@code activity.csv} (the upload), {@code job.json} (its state, replaced
 * atomically), {@code results/} (the CSV and JSON results). Survives a restart of the server.
 */
public final class FileRepriceJobStore implements RepriceJobStore {

    private static final String ACTIVITY = "activity.csv";

    private final JobFolders folders;
    private final Path root;

    public FileRepriceJobStore(Path root) {
        this.folders = new JobFolders(root);
        this.root = root;
    }

    @Override
    public String store(InputStream upload, long maxBytes) {
        String id = folders.reserve();
        Path dir = folders.folder(id);
        try {
            long written = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(dir.resolve(ACTIVITY))) {
                int read;
                while ((read = upload.read(buffer)) > 0) {
                    written += read;
                    if (written > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return id;
        } catch (IOException e) {
            delete(id);
            throw new UncheckedIOException(e);
        } catch (TooLarge e) {
            delete(id);
            throw e;
        }
    }

    @Override
    public String reserve() {
        return folders.reserve();
    }

    @Override
    public void generate(String id, long contacts, long seed, int year) {
        ActivityGenerator.generate(folder(id).resolve(ACTIVITY), contacts, seed, year);
    }

    @Override
    public boolean hasActivity(String id) {
        return Files.isRegularFile(folder(id).resolve(ACTIVITY));
    }

    @Override
    public void dropActivity(String id) {
        try {
            Files.deleteIfExists(folder(id).resolve(ACTIVITY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long usedBytes() {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // removed while counting
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int sweep() {
        int removed = 0;
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                if (JobFolders.isId(name) && !Files.exists(dir.resolve(JobFolders.STATE))) {
                    delete(name);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    @Override
    public String plain(String message) {
        return folders.plain(message);
    }

    @Override
    public ActivitySource source(String id) {
        return CsvActivitySource.open(folder(id).resolve(ACTIVITY));
    }

    @Override
    public void save(RepriceJob job) {
        folders.save(job.id(), job);
    }

    @Override
    public Optional<RepriceJob> find(String id) {
        return folders.find(id, RepriceJob.class);
    }

    @Override
    public List<RepriceJob> all() {
        List<RepriceJob> jobs = new ArrayList<>(folders.all(RepriceJob.class));
        jobs.sort(Comparator.comparing(RepriceJob::created));
        return jobs;
    }

    @Override
    public RepricingResults results(String id) {
        return RepricingFiles.in(folders.results(id));
    }

    @Override
    public Optional<InputStream> result(String id, String file) {
        return find(id).flatMap(job -> folders.result(id, file, job.resultFiles()));
    }

    @Override
    public void delete(String id) {
        folders.delete(id);
    }

    private Path folder(String id) {
        return folders.folder(id);
    }
}
