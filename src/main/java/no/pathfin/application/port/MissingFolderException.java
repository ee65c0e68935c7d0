package no.pathfin.application.port;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A folder pathfin reads (the rule sets, the pathway fixtures, the projection scenarios) that is not there: which one,
 * and the path that was tried, as given and as an absolute path (a relative path is read from the working folder).
 */
public final class MissingFolderException extends DataFileException {

    private static final long serialVersionUID = 1L;

    /** The folders pathfin reads, each named as people name it. */
    public enum Folder {
        RULES, PATHWAYS, SCENARIOS;

        /** {@code rules}, {@code pathways}, {@code scenarios}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Folder folder;
    private final transient Path tried;

    public MissingFolderException(Folder folder, Path tried) {
        super(tried.toString(), 0, 0, describe(folder, tried));
        this.folder = folder;
        this.tried = tried;
    }

    /** {@code the rules folder 'rules' does not exist (looked for /home/me/rules)}. */
    public static String describe(Folder folder, Path tried) {
        return "the " + folder.label() + " folder '" + tried + "' does not exist (looked for "
                + tried.toAbsolutePath().normalize() + ")";
    }

    public Folder folder() {
        return folder;
    }

    public Path tried() {
        return tried;
    }
}
