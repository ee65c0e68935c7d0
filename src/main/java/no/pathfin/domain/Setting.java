package no.pathfin.domain;

/** The financing scheme a contact belongs to; each has its own unit price and share, and money is not pooled. */
public enum Setting {
    /** Somatic care: inpatient, day and outpatient. */
    SOMATIC,
    /** Outpatient mental health care (psykisk helsevern, PHV). */
    PHV,
    /** Outpatient interdisciplinary substance-abuse treatment (tverrfaglig spesialisert rusbehandling, TSB). */
    TSB
}
