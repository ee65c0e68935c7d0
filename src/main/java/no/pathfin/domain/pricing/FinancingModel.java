package no.pathfin.domain.pricing;

/** How a pathway is paid. */
public enum FinancingModel {
    /** Activity-based financing (ISF) for every contact. */
    PER_CONTACT,
    /** One price for the contacts inside a bundle window; contacts outside it fall back to per-contact ISF. */
    BUNDLE,
    /**
     * One payment per patient per calendar period (a tertial) with at least one qualifying contact, carried on the
     * period's first qualifying contact; the others of the period are covered; other contacts per-contact ISF.
     */
    PERIOD
}
