package no.pathfin.adapter.activity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The set of ids the activity reader keeps: exact, in order or not, and whatever the ids hold. */
class ByteSetTest {

    @Test
    void ids_in_increasing_order_are_all_new_and_one_again_is_found() {
        ByteSet set = new ByteSet();
        for (int i = 1; i <= 1_000; i++) {
            assertTrue(add(set, "P" + i)); // P9 before P10: the shorter first
        }

        assertFalse(add(set, "P500"));
        assertFalse(add(set, "P1000"));
        assertTrue(add(set, "P1001x"));
        assertTrue(set.contains(bytes("P77"), 0, 3));
    }

    @Test
    void ids_in_any_order_are_told_apart_exactly_as_a_hash_set_does() {
        Random random = new Random(7);
        ByteSet set = new ByteSet();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String id = "P" + random.nextInt(20_000) + (random.nextInt(10) == 0 ? ",\u00e6" : "");
            boolean isNew = expected.add(id);
            if (isNew != add(set, id)) {
                throw new AssertionError(id + ": expected " + (isNew ? "new" : "known"));
            }
        }
    }

    @Test
    void two_sets_meet_only_when_they_share_an_id() {
        ByteSet early = set("P1", "P2", "P3");
        ByteSet later = set("P4", "P5");
        ByteSet overlapping = set("P0", "P9");
        ByteSet unordered = set("P9", "P2");

        assertFalse(later.meets(early));
        assertFalse(overlapping.meets(early)); // its range spans the other's, but holds none of its ids
        assertTrue(unordered.meets(early));
        assertTrue(early.meets(unordered));
    }

    @Test
    void a_cleared_set_holds_nothing() {
        ByteSet set = set("b", "a", "c");

        set.clear();

        assertTrue(add(set, "a"));
        assertFalse(set.contains(bytes("b"), 0, 1));
    }

    private static ByteSet set(String... ids) {
        ByteSet set = new ByteSet();
        for (String id : ids) {
            add(set, id);
        }
        return set;
    }

    private static boolean add(ByteSet set, String id) {
        byte[] b = bytes("##" + id + "##"); // an id in the middle of a line
        return set.add(b, 2, b.length - 2);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
