package no.pathfin.rules;

import java.nio.file.Path;
import no.pathfin.support.TestFiles;

/** A writable copy of the real rules folder, for tests that change a file. */
final class RuleSetFiles {

    private RuleSetFiles() {
    }

    static Path copyOfRules(Path temp) {
        return TestFiles.rules(temp);
    }
}
