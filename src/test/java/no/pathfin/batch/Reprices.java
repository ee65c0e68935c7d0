package no.pathfin.batch;

import java.nio.file.Path;
import no.pathfin.domain.batch.Repricing;

/** Repricing a file through the use case directly, for tests elsewhere to compare with. */
public final class Reprices {

    private Reprices() {
    }

    public static Repricing of(Path file, String... scenarios) {
        return ActivityFiles.reprice(file, 2, false, scenarios);
    }
}
