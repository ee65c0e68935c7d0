package no.pathfin.domain;

/** What a contact was. */
public enum ContactKind {
    /** Outpatient assessment (poliklinisk vurdering / utredning). */
    ASSESSMENT,
    /** Outpatient control after treatment (poliklinisk kontroll). */
    CONTROL,
    /** Outpatient treatment session, at the clinic or (ambulant) at the patient's home. */
    TREATMENT,
    /** Inpatient admission with surgery (innleggelse med operasjon). */
    ADMISSION_WITH_SURGERY,
    /** Day surgery (dagkirurgi). */
    DAY_SURGERY,
    /** Collaboration meeting between specialist and primary care about a named patient (samarbeidsmøte). */
    COLLABORATION_MEETING,
    /** Inpatient admission without surgery: a medical stay (innleggelse uten operasjon). */
    MEDICAL_ADMISSION
}
