package no.pathfin.adapter.pathways;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shape of a pathway fixture file. Contacts take unspecified fields from {@code defaults}; a contact has a
 * {@code date}, or a {@code day} counted from the pathway's {@code start}.
 */
record FixtureFile(String id, String family, String variant, String description, List<String> sources,
                   LocalDate start, ContactEntry defaults, List<ContactEntry> contacts,
                   List<ExpectationEntry> expected, List<DifferenceEntry> expectedDifferences) {

    /** A stated change between two rule sets, of the total or of one setting's contacts: an amount or a percent. */
    record DifferenceEntry(String from, String to, String model, String setting, BigDecimal amount, BigDecimal percent,
                           String working) {
    }

    record ContactEntry(String id, LocalDate date, Integer day, String kind, String mode, String setting,
                        Boolean ambulant, String personnel, String performer, String groupCode, String procedureCode,
                        Boolean replacesPlannedVisit, Boolean documented, String note) {
    }

    /** @param ruleSet the rule set to price every contact with; omitted: each contact's own date decides */
    record ExpectationEntry(String ruleSet, String model, Figure total, Map<String, Figure> lines, String note) {
    }

    /** An expected amount, with the hand arithmetic behind it. */
    record Figure(BigDecimal amount, String working) {
    }
}
