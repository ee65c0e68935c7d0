package no.pathfin.adapter.activity;

import java.util.Arrays;

/** A small open-addressing map from byte ranges to ints, so that known values are looked up without allocating. */
final class ByteKeys {

    private byte[][] keys = new byte[256][];
    private int[] values = new int[256];
    private int size;

    /** The value stored for bytes[from, to), or -1. */
    int get(byte[] bytes, int from, int to) {
        int mask = keys.length - 1;
        for (int slot = hash(bytes, from, to) & mask; ; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return values[slot];
            }
        }
    }

    void put(byte[] bytes, int from, int to, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(bytes, from, to), value);
        size++;
    }

    private void insert(byte[] key, int value) {
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
