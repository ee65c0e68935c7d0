package no.pathfin.adapter.activity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Where the rows of one chunk stand: a pathway is the run of lines, blank lines aside, that begin with the same
 * {@code pathway_id} (a line that cannot be read counts too: it is the file's order that is checked). A pathway whose
 * id already stood earlier in the file, in this chunk or in one read before it, is <em>apart</em>: its rows are bad
 * rows, never priced as a second pathway. Within a pathway, a contact id may stand once.
 */
final class PathwayBlocks {

    /** Every pathway id met in this chunk. */
    private final ByteSet seen = new ByteSet();
    /** Those of the chunks before this one in the file, or none when they were not read yet. */
    private final List<ByteSet> before;
    private final ByteSet contacts = new ByteSet();
    private byte[] id = new byte[64];
    private int idLength = -1;
    private boolean apart;

    PathwayBlocks(List<ByteSet> before) {
        this.before = before;
    }

    /** The ids of the pathways this chunk held, once it was read. */
    ByteSet seen() {
        return seen;
    }

    /** Takes a line whose pathway id is bytes[from, to); true if it begins another pathway than the line before. */
    boolean enter(byte[] b, int from, int to) {
        if (idLength == to - from && Arrays.equals(id, 0, idLength, b, from, to)) {
            return false;
        }
        if (to - from > id.length) {
            id = new byte[to - from];
        }
        System.arraycopy(b, from, id, 0, to - from);
        idLength = to - from;
        apart = !seen.add(b, from, to);
        for (int i = 0; i < before.size() && !apart; i++) {
            apart = before.get(i).contains(b, from, to);
        }
        contacts.clear();
        return true;
    }

    /** Whether the current pathway stood earlier in the file already. */
    boolean apart() {
        return apart;
    }

    String apartReason() {
        return "pathway '" + id() + "' appears again after rows of other pathways: a pathway's rows must stand"
                + " together, so this row is not priced";
    }

    /** Takes a contact id of the current pathway; false if the pathway had it already. */
    boolean newContact(byte[] b, int from, int to) {
        return contacts.add(b, from, to);
    }

    String twiceReason(byte[] b, int from, int to) {
        return "contact_id '" + shown(b, from, to) + "' appears twice in pathway '" + id() + "'";
    }

    private String id() {
        return shown(id, 0, idLength);
    }

    /** An id as text, cut short after 80 bytes. */
    private static String shown(byte[] b, int from, int to) {
        return to - from <= 80 ? new String(b, from, to - from, StandardCharsets.UTF_8)
                : new String(b, from, 80, StandardCharsets.UTF_8) + "…";
    }
}
