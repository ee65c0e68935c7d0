package no.pathfin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Writable copies of the project's folders (rules, pathways) for tests that change a file. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** A copy of the real rules folder, named {@code rules}, inside {@code temp}. */
    public static Path rules(Path temp) {
        return copy(TestPathfin.RULES, temp.resolve("rules"));
    }
}
