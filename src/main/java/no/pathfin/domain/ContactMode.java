package no.pathfin.domain;

/** How a contact took place. */
public enum ContactMode {
    IN_PERSON,
    VIDEO,
    PHONE
}
