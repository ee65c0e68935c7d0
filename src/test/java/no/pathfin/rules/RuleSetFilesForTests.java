package no.pathfin.rules;

import java.nio.file.Path;

/** A writable copy of the real rules folder, for tests outside this package. */
public final class RuleSetFilesForTests {

    private RuleSetFilesForTests() {
    }

    public static Path copy(Path temp) {
        return RuleSetFiles.copyOfRules(temp);
    }
}
