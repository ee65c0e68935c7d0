package no.pathfin.domain;

/** The personnel group that held a contact; which groups trigger reimbursement is rule-set data per setting. */
public enum PersonnelGroup {
    PHYSICIAN,
    PSYCHOLOGIST,
    NURSE,
    PHYSIOTHERAPIST,
    OCCUPATIONAL_THERAPIST,
    SOCIAL_WORKER,
    OTHER
}
