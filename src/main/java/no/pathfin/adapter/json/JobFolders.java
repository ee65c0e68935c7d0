package no.pathfin.adapter.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Jobs kept on disk, one folder each under a root, named by a random id: its state in {@code job.json}, its result
 * files in {@code results/}. The one way repricing and projection jobs keep their files; an id that is not a job
 * id never reaches the file system.
 */
public final class JobFolders {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");
    public static final String STATE = "job.json";

    private final Path root;

    public JobFolders(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** A message with the job folders' own paths taken out (they are the server's business): what is left names the file. */
    public String plain(String message) {
        String plain = message;
        for (String prefix : new String[] {root.toAbsolutePath().normalize().toString(), root.toString()}) {
            plain = plain.replaceAll(java.util.regex.Pattern.quote(prefix) + "[/\\\\]([0-9a-f-]{36}[/\\\\])?", "");
        }
        return plain;
    }

    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** A new job's empty folder; returns its id. */
    public String reserve() {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root.resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    public Path folder(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a job id: " + id);
        }
        return root.resolve(id);
    }

    public Path results(String id) {
        return folder(id).resolve("results");
    }

    public void save(String id, Object state) {
        JsonFormats.replace(folder(id).resolve(STATE), state);
    }

    public <T> Optional<T> find(String id, Class<T> type) {
        if (!isId(id)) {
            return Optional.empty();
        }
        Path file = root.resolve(id).resolve(STATE);
        return Files.isRegularFile(file) ? Optional.of(JsonFormats.readLenient(file, type)) : Optional.empty();
    }

    public <T> List<T> all(Class<T> type) {
        return JsonFormats.readEach(root, STATE, type);
    }

    /** One result file of a job, if the job lists it among its results. */
    public Optional<InputStream> result(String id, String file, List<String> listed) {
        if (!listed.contains(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(results(id).resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job's folder and everything in it. */
    public void delete(String id) {
        try (Stream<Path> paths = Files.walk(folder(id))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
