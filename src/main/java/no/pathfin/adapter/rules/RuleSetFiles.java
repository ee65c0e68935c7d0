package no.pathfin.adapter.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.application.port.DataFileException;

/**
 * The files one rule set is built from, read with their faults located (file, line, column, field) and kept, path
 * and bytes, for the content hash: SHA-256 over every file read, in path order, each path taken relative to the rules
 * folder ({@code isf-2024/weights.csv}), so a change to any rule or figure changes the hash and moving or renaming
 * the rules folder does not. Paths are shown relative to the rules folder's parent ({@code rules/isf-2024/weights.csv}).
 */
final class RuleSetFiles {

    private final Path root;
    private final Map<String, byte[]> read = new TreeMap<>();

    RuleSetFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Counts the files another reading (of a rule set this one extends) read, for the hash. */
    void include(RuleSetFiles other) {
        read.putAll(other.read);
    }

    byte[] bytes(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new DataFileException(display(path), 0, 0, "file not found");
        }
        try {
            byte[] content = Files.readAllBytes(path);
            read.put(withinRoot(path), content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(Path path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    <T> T yaml(Path path, Class<T> type) {
        return JsonFormats.readYaml(bytes(path), type, display(path));
    }

    @SuppressWarnings("unchecked")
    Manifest manifest(Path path) {
        return Manifest.of(display(path), bytes(path), yaml(path, java.util.LinkedHashMap.class));
    }

    /** The DRL files directly in a folder, by display path, in name order. */
    Map<String, byte[]> drlFiles(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.put(display(path), bytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A path as people see it: relative to the rules root's parent, with forward slashes. */
    String display(Path path) {
        Path base = root.toAbsolutePath().normalize().getParent();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = base != null && absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** A path as the content hash reads it: relative to the rules root, with forward slashes. */
    private String withinRoot(Path path) {
        Path base = root.toAbsolutePath().normalize();
        return base.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The line where a key is first written, 0 if nowhere. */
    static int lineOf(byte[] content, String key) {
        return JsonFormats.lineOf(content, key);
    }

    /** SHA-256 over every file read so far: its path within the rules root and its bytes. */
    String contentHash() {
        return hash(read);
    }

    static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
