package no.pathfin.domain.pathway;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A patient pathway: a family (e.g. {@code hip-replacement}), a variant label and its contacts in order. */
public record Pathway(String id, String family, String variant, String description, List<Contact> contacts) {

    public Pathway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(variant, "variant");
        contacts = List.copyOf(contacts);
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("pathway " + id + " has no contacts");
        }
        Set<String> seen = new HashSet<>();
        for (Contact contact : contacts) {
            if (!seen.add(contact.id())) {
                throw new IllegalArgumentException("pathway " + id + " has two contacts with id " + contact.id());
            }
        }
    }
}
