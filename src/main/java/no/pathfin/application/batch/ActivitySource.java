package no.pathfin.application.batch;

import java.util.List;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * A national activity file, readable in independent chunks (one per worker thread). A chunk reports each contact
 * as a hospital and a profile, both as small ids from dictionaries shared by all chunks, so that reading a row
 * allocates nothing.
 */
public interface ActivitySource {

    /**
     * The file split into about {@code parts} chunks where a pathway begins: a pathway whose rows stand together lies
     * in one chunk whatever the number of chunks.
     */
    List<Chunk> chunks(int parts);

    /** Total size in bytes, for progress. */
    long size();

    interface Chunk {
        /**
         * Reads every row, calling the handler; returns the number of lines in the chunk (the header included for
         * the first chunk). Line numbers given to {@link RowHandler#bad} count from 1 at the chunk's first line.
         */
        long read(Dictionaries dictionaries, RowHandler handler);

        /**
         * Once every chunk was read: whether a pathway of this chunk stood in one of {@code earlier} (the chunks
         * before it in the file) too, so that its rows do not stand together.
         */
        boolean sharesPathwayWith(List<Chunk> earlier);

        /**
         * Reads the chunk again, as {@link #read}, the rows of every pathway that stood in one of {@code earlier}
         * (read already) being bad rows: the same as reading the chunks as one.
         */
        long reread(Dictionaries dictionaries, RowHandler handler, List<Chunk> earlier);
    }

    /** Receives the rows of one chunk, on one thread. */
    interface RowHandler {
        void contact(int hospital, int profile);

        /**
         * A whole pathway holding a contact that may anchor a bundle being priced, instead of one {@link #contact}
         * call per row; only when {@link Dictionaries#bundles()} is true.
         */
        void episode(List<Contact> contacts, int[] hospitals, int[] profiles);

        /** A row that cannot be read: its 1-based line number within the chunk, and why. */
        void bad(long line, String reason);

        /** Bytes consumed so far in this chunk, called now and then. */
        void progress(long bytes);
    }

    /** Hospital names and contact profiles, each numbered on first sight; safe to share between threads. */
    interface Dictionaries {
        int hospital(String name);

        /** Whether rows that say their patient's age group and sex are counted apart by them (a projection). */
        default boolean byAgeAndSex() {
            return false;
        }

        /** A row that says its patient's age group and sex: the same hospital unless the reader counts by them. */
        default int hospital(String name, String ageGroup, String sex) {
            return hospital(name);
        }

        int profile(ContactProfile profile);

        /** Whether any bundle is being priced: only then are a pathway's rows gathered to find episodes. */
        boolean bundles();

        /** Whether a group code (procedureCode null) or a procedure code (groupCode null) triggers a priced bundle. */
        boolean bundleTrigger(String groupCode, String procedureCode);
    }
}
