package no.pathfin.adapter.pathways;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.pathfin.adapter.pathways.FixtureFile.ContactEntry;
import no.pathfin.adapter.pathways.FixtureFile.ExpectationEntry;
import no.pathfin.adapter.pathways.FixtureFile.Figure;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.ContactInput;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.workbench.PathwayFixture;

/** Turns a fixture file into a domain pathway with its expectations, naming the file and field of any fault. */
final class FixtureMapping {

    private static final ContactEntry NO_DEFAULTS = new ContactEntry(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private FixtureMapping() {
    }

    static PathwayFixture fixture(String file, FixtureFile data) {
        require(file, "id", data.id());
        require(file, "family", data.family());
        require(file, "variant", data.variant());
        if (data.contacts() == null || data.contacts().isEmpty()) {
            throw new DataFileException(file, 0, 0, "contacts: a pathway needs at least one contact");
        }
        ContactEntry defaults = data.defaults() == null ? NO_DEFAULTS : data.defaults();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < data.contacts().size(); i++) {
            contacts.add(contact(file, "contacts[" + i + "]", data.contacts().get(i), defaults, data.start()));
        }
        Pathway pathway = guard(file, "contacts", () -> new Pathway(data.id(), data.family(), data.variant(),
                data.description() == null ? "" : data.description(), contacts));
        List<PathwayFixture.Expectation> expectations = new ArrayList<>();
        List<ExpectationEntry> expected = data.expected() == null ? List.of() : data.expected();
        for (int i = 0; i < expected.size(); i++) {
            expectations.add(expectation(file, "expected[" + i + "]", expected.get(i), pathway));
        }
        List<PathwayFixture.ExpectedDifference> differences = new ArrayList<>();
        List<FixtureFile.DifferenceEntry> stated = data.expectedDifferences() == null ? List.of() : data.expectedDifferences();
        for (int i = 0; i < stated.size(); i++) {
            FixtureFile.DifferenceEntry d = stated.get(i);
            String path = "expectedDifferences[" + i + "]";
            require(file, path + ".from", d.from());
            require(file, path + ".to", d.to());
            if ((d.amount() == null) == (d.percent() == null)) {
                throw new DataFileException(file, 0, 0, path + ": state either amount or percent");
            }
            require(file, path + ".working", d.working());
            differences.add(new PathwayFixture.ExpectedDifference(d.from(), d.to(),
                    code(file, path + ".model", FinancingModel.class, d.model()),
                    d.setting() == null ? null : code(file, path + ".setting", Setting.class, d.setting()),
                    d.amount(), d.percent(), d.working()));
        }
        return new PathwayFixture(pathway, file, expectations, differences);
    }

    private static Contact contact(String file, String path, ContactEntry c, ContactEntry d, LocalDate start) {
        LocalDate date = c.date();
        if (date == null && c.day() != null) {
            if (start == null) {
                throw new DataFileException(file, 0, 0, path + ".day: needs the pathway's 'start' date");
            }
            date = start.plusDays(c.day());
        }
        ContactInput input = new ContactInput(c.id(), date, pick(c, d, ContactEntry::kind), pick(c, d, ContactEntry::mode),
                pick(c, d, ContactEntry::setting), pick(c, d, ContactEntry::ambulant), pick(c, d, ContactEntry::personnel),
                pick(c, d, ContactEntry::performer), pick(c, d, ContactEntry::groupCode),
                pick(c, d, ContactEntry::procedureCode), pick(c, d, ContactEntry::replacesPlannedVisit),
                pick(c, d, ContactEntry::documented));
        try {
            return input.toContact();
        } catch (InvalidValue e) {
            throw new DataFileException(file, 0, 0, path + (e.field() == null ? "" : "." + e.field()) + ": "
                    + e.getMessage());
        }
    }

    private static PathwayFixture.Expectation expectation(String file, String path, ExpectationEntry e, Pathway pathway) {
        FinancingModel model = code(file, path + ".model", FinancingModel.class, e.model());
        if (e.total() == null || e.total().amount() == null) {
            throw new DataFileException(file, 0, 0, path + ".total.amount: required");
        }
        Map<String, Money> lines = new LinkedHashMap<>();
        List<String> working = new ArrayList<>();
        if (e.lines() != null) {
            e.lines().forEach((id, figure) -> {
                if (pathway.contacts().stream().noneMatch(c -> c.id().equals(id))) {
                    throw new DataFileException(file, 0, 0, path + ".lines." + id + ": no contact with that id");
                }
                lines.put(id, money(file, path + ".lines." + id, figure));
                working.add(id + ": " + figure.working());
            });
        }
        working.add("total: " + e.total().working());
        return new PathwayFixture.Expectation(e.ruleSet(), model, money(file, path + ".total", e.total()), lines, working);
    }

    private static Money money(String file, String path, Figure figure) {
        if (figure.working() == null || figure.working().isBlank()) {
            throw new DataFileException(file, 0, 0, path + ".working: write the arithmetic beside the figure");
        }
        return guard(file, path + ".amount", () -> new Money(figure.amount()));
    }

    private static <T> T pick(ContactEntry contact, ContactEntry defaults, Function<ContactEntry, T> field) {
        T value = field.apply(contact);
        return value != null ? value : field.apply(defaults);
    }

    private static <E extends Enum<E>> E code(String file, String path, Class<E> type, String value) {
        return guard(file, path, () -> Codes.parse(type, value));
    }

    private static void require(String file, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DataFileException(file, 0, 0, field + ": required");
        }
    }

    private static <T> T guard(String file, String path, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataFileException(file, 0, 0, path + ": " + e.getMessage());
        }
    }
}
