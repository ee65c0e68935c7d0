package no.pathfin.domain.ruleset;

/**
 * The three kinds of quality indicator whose points share the quality pot (kvalitetsbasert finansiering): results
 * (outcomes such as survival), process (such as waiting times kept) and patient experience. Each has one weight in a
 * rule set's quality pot, a parameter field of its own.
 */
public enum QualityCategory {
    RESULTS(ParameterField.QUALITY_WEIGHT_RESULTS),
    PROCESS(ParameterField.QUALITY_WEIGHT_PROCESS),
    PATIENT_EXPERIENCE(ParameterField.QUALITY_WEIGHT_PATIENT_EXPERIENCE);

    private final ParameterField weight;

    QualityCategory(ParameterField weight) {
        this.weight = weight;
    }

    /** The parameter field that holds this category's weight: {@code qualityPot.weights.results}. */
    public ParameterField weightField() {
        return weight;
    }

    /** The name of the weight in files and requests: {@code results}, {@code process}, {@code patientExperience}. */
    public String weightName() {
        return weight.fieldName().substring("weights.".length());
    }
}
