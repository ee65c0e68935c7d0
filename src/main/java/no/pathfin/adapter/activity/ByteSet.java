package no.pathfin.adapter.activity;

import java.util.Arrays;

/**
 * An exact set of byte strings (pathway or contact ids), compact for millions of short keys: the keys lie one after
 * the other in one array, each behind its length. While keys come in increasing order (shorter first, then byte by
 * byte: {@code P9} before {@code P10}), as a file's ids usually do, a new key is known to be new and is only
 * appended. From the first key out of order on, an open-addressing table holds each key's hash and where it begins
 * (a key is compared only when its hash matches). Adding a key allocates nothing unless the set grows. Not for use
 * by two threads at once.
 */
final class ByteSet {

    /** The table for a few keys, and the largest that {@link #clear} keeps. */
    private static final int SMALL = 16;
    private static final int KEPT = 64;

    private byte[] keys = new byte[256];
    private int used;
    private int size;
    private int last = -1;
    /** Per slot: the key's hash in the high half, where its length stands in {@code keys} plus one in the low half. */
    private long[] slots;
    /** Whether the table holds every key; until then the keys stood in increasing order. */
    private boolean hashed;

    /** Adds bytes[from, to); false if the set held them already. */
    boolean add(byte[] b, int from, int to) {
        if (!hashed) {
            if (last < 0 || compare(last, b, from, to) < 0) {
                last = append(b, from, to);
                size++;
                return true;
            }
            hash();
        }
        int hash = hash(b, from, to);
        int mask = slots.length - 1;
        int slot = hash & mask;
        for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
            if ((int) (entry >>> 32) == hash && equal((int) entry - 1, b, from, to)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        int at = append(b, from, to);
        slots[slot] = (long) hash << 32 | (at + 1);
        size++;
        if (size * 10 > slots.length * 7) {
            grow();
        }
        return true;
    }

    boolean contains(byte[] b, int from, int to) {
        if (!hashed) {
            hash();
        }
        int hash = hash(b, from, to);
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if ((int) (entry >>> 32) == hash && equal((int) entry - 1, b, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any key of this set is also in {@code other}. */
    boolean meets(ByteSet other) {
        if (size == 0 || other.size == 0) {
            return false;
        }
        if (!hashed && !other.hashed && (compare(last, other.keys, 4, 4 + other.length(0)) < 0
                || other.compare(other.last, keys, 4, 4 + length(0)) < 0)) {
            return false; // both in order, and one's keys all before the other's
        }
        for (int at = 0; at < used; at += 4 + length(at)) {
            if (other.contains(keys, at + 4, at + 4 + length(at))) {
                return true;
            }
        }
        return false;
    }

    /** Empties the set; a table grown large for one big set is given up, so that clearing stays cheap. */
    void clear() {
        if (hashed) {
            if (slots.length > KEPT) {
                slots = null;
                keys = new byte[256];
            } else {
                Arrays.fill(slots, 0);
            }
        }
        hashed = false;
        used = 0;
        size = 0;
        last = -1;
    }

    /** Builds the table from the keys so far. */
    private void hash() {
        int table = SMALL;
        while (table * 7 <= size * 10) {
            table *= 2;
        }
        if (slots == null || slots.length < table) {
            slots = new long[table];
        }
        hashed = true;
        for (int at = 0; at < used; at += 4 + length(at)) {
            place((long) hash(keys, at + 4, at + 4 + length(at)) << 32 | (at + 1));
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long entry : old) {
            if (entry != 0) {
                place(entry);
            }
        }
    }

    private void place(long entry) {
        int mask = slots.length - 1;
        int slot = (int) (entry >>> 32) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
    }

    private int append(byte[] b, int from, int to) {
        int length = to - from;
        if (used + 4 + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, used + 4 + length));
        }
        int at = used;
        keys[at] = (byte) (length >>> 24);
        keys[at + 1] = (byte) (length >>> 16);
        keys[at + 2] = (byte) (length >>> 8);
        keys[at + 3] = (byte) length;
        System.arraycopy(b, from, keys, at + 4, length);
        used += 4 + length;
        return at;
    }

    private int length(int at) {
        return (keys[at] & 0xFF) << 24 | (keys[at + 1] & 0xFF) << 16 | (keys[at + 2] & 0xFF) << 8 | (keys[at + 3] & 0xFF);
    }

    /** The key at {@code at} against bytes[from, to): the shorter first, then byte by byte. */
    private int compare(int at, byte[] b, int from, int to) {
        int length = length(at);
        return length != to - from ? Integer.compare(length, to - from)
                : Arrays.compareUnsigned(keys, at + 4, at + 4 + length, b, from, to);
    }

    private boolean equal(int at, byte[] b, int from, int to) {
        int length = length(at);
        return length == to - from && Arrays.equals(keys, at + 4, at + 4 + length, b, from, to);
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
