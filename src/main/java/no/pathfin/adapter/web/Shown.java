package no.pathfin.adapter.web;

/** A value a client sent, echoed in an answer: cut short, so that a long value is never sent back whole. */
final class Shown {

    /** The longest echo, in characters. */
    static final int MAX = 80;

    private Shown() {
    }

    static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX ? value : value.substring(0, MAX) + "… (" + value.length() + " characters)";
    }
}
