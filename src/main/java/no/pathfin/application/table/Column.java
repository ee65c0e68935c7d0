package no.pathfin.application.table;

import java.util.Objects;

/**
 * One column of a table: its title (the header cell) and what its cells hold, which decides how a spreadsheet shows
 * them.
 */
public record Column(String title, Kind kind) {

    /** What a column's cells hold. Every kind but {@link #TEXT} holds exact decimal numbers. */
    public enum Kind {
        /** Text: ids, codes, names. */
        TEXT,
        /** Kroner with øre, grouped by thousands: {@code 46 848,90}. */
        MONEY,
        /** A share as a fraction, shown as a percentage with one decimal: 0.4 is {@code 40,0 %}. */
        PERCENT,
        /** A whole number, grouped by thousands: {@code 1 000 000}. */
        COUNT,
        /** A decimal number, grouped by thousands, with as many decimals as the column's values are written with. */
        NUMBER,
        /** A year, a whole number shown without grouping: {@code 2035}. */
        YEAR;

        public boolean numeric() {
            return this != TEXT;
        }

        /** Whether the kind holds whole numbers only. */
        public boolean whole() {
            return this == COUNT || this == YEAR;
        }
    }

    public Column {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }
}
