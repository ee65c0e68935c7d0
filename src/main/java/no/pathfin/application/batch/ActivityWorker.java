package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pathway.Contact;

/**
 * Reads one chunk on one thread: counts every contact by hospital and profile, and every pathway holding a bundle
 * trigger by its rows (keeping the first one's contacts, to price it by). Prices nothing.
 */
final class ActivityWorker implements ActivitySource.RowHandler {

    /** A distinct episode: how often it occurred, and the contacts of its first occurrence. */
    static final class Tally {
        final List<Contact> contacts;
        long count;

        Tally(List<Contact> contacts) {
            this.contacts = contacts;
        }
    }

    final Counts counts = new Counts();
    final Map<EpisodeRows, Tally> episodes = new HashMap<>();
    final List<Repricing.BadRow> badRows = new ArrayList<>();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong rowsSoFar = new AtomicLong();
    long rows;
    long bad;
    long lines;

    private final RepriceActivity.Options options;

    ActivityWorker(RepriceActivity.Options options) {
        this.options = options;
    }

    long read(ActivitySource.Chunk chunk, ActivityVocabulary vocabulary) {
        lines = chunk.read(vocabulary, this);
        return lines;
    }

    /** Reads a chunk whose pathways may have stood in {@code earlier} chunks too: their rows are bad rows. */
    void reread(ActivitySource.Chunk chunk, ActivityVocabulary vocabulary, List<ActivitySource.Chunk> earlier) {
        lines = chunk.reread(vocabulary, this, earlier);
    }

    @Override
    public void contact(int hospital, int profile) {
        counts.add(hospital, profile);
        if ((++rows & 0xFFFF) == 0) {
            rowsSoFar.set(rows);
        }
    }

    @Override
    public void episode(List<Contact> contacts, int[] hospitals, int[] profiles) {
        for (int i = 0; i < contacts.size(); i++) {
            contact(hospitals[i], profiles[i]);
        }
        episodes.computeIfAbsent(EpisodeRows.of(contacts, hospitals, profiles), k -> new Tally(contacts)).count++;
    }

    @Override
    public void bad(long line, String reason) {
        if (options.strict()) {
            throw new RepriceActivity.BadRowException(line, reason);
        }
        bad++;
        if (badRows.size() < options.badRowsShown()) {
            badRows.add(new Repricing.BadRow(line, reason));
        }
    }

    @Override
    public void progress(long bytesRead) {
        bytes.set(bytesRead);
    }
}
