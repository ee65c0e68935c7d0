package no.pathfin.domain;

/** Who performed a contact: the hospital, or a municipality on the hospital's behalf. */
public enum Performer {
    HOSPITAL,
    /** A municipality performing a defined specialist service under a written agreement with the hospital. */
    MUNICIPALITY_WITH_AGREEMENT,
    /** A municipality acting without such an agreement: not specialist activity. */
    MUNICIPALITY_WITHOUT_AGREEMENT
}
