package no.pathfin.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.pathfin.support.TestPathfin;

/** A writable copy of the real rules folder, for tests that change a file. */
final class RuleSetFiles {

    private RuleSetFiles() {
    }

    static Path copyOfRules(Path temp) {
        Path target = temp.resolve("rules");
        try (Stream<Path> paths = Files.walk(TestPathfin.RULES)) {
            for (Path source : paths.toList()) {
                Path destination = target.resolve(TestPathfin.RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
