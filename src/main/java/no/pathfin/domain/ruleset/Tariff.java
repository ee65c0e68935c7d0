package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;

/**
 * The ISF parameters of one setting in one rule set: a value for every tariff field of {@link ParameterField}, and
 * where each figure comes from.
 *
 * @param values  by field: unit price (kroner per cost-weight point, enhetspris), ISF share (refusjonssats, 0..1),
 *                ambulant supplement weight (extra points for a contact outside the hospital walls), the contact modes
 *                financed at all, the personnel groups whose contacts are financed, those whose video counts, the
 *                contact kinds financed, and the services a municipality may perform under a written agreement
 * @param sources where each figure comes from, keyed by field name
 */
public record Tariff(Map<ParameterField, Object> values, Map<String, String> sources) {

    public Tariff {
        EnumMap<ParameterField, Object> copy = new EnumMap<>(ParameterField.class);
        copy.putAll(values);
        for (ParameterField field : ParameterField.of(ParameterField.Scope.TARIFF)) {
            Object value = copy.get(field);
            if (value == null) {
                throw new IllegalArgumentException(field.fieldName() + " is required");
            }
            String problem = field.problem(value);
            if (problem != null) {
                throw new IllegalArgumentException(problem + ": " + field.describe(value));
            }
            if (value instanceof Set<?> set) {
                copy.put(field, Set.copyOf(set));
            }
        }
        values = Collections.unmodifiableMap(copy);
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    public Object value(ParameterField field) {
        return values.get(field);
    }

    public BigDecimal unitPrice() {
        return (BigDecimal) values.get(ParameterField.UNIT_PRICE);
    }

    public BigDecimal isfShare() {
        return (BigDecimal) values.get(ParameterField.ISF_SHARE);
    }

    public BigDecimal ambulantSupplementWeight() {
        return (BigDecimal) values.get(ParameterField.AMBULANT_SUPPLEMENT_WEIGHT);
    }

    @SuppressWarnings("unchecked")
    public Set<ContactMode> eligibleModes() {
        return (Set<ContactMode>) values.get(ParameterField.ELIGIBLE_MODES);
    }

    @SuppressWarnings("unchecked")
    public Set<PersonnelGroup> eligiblePersonnel() {
        return (Set<PersonnelGroup>) values.get(ParameterField.ELIGIBLE_PERSONNEL);
    }

    @SuppressWarnings("unchecked")
    public Set<PersonnelGroup> videoPersonnel() {
        return (Set<PersonnelGroup>) values.get(ParameterField.VIDEO_PERSONNEL);
    }

    /** The contact kinds financed in this setting at all. */
    @SuppressWarnings("unchecked")
    public Set<ContactKind> financedKinds() {
        return (Set<ContactKind>) values.get(ParameterField.FINANCED_KINDS);
    }

    /** The services (contact kinds) a municipality may perform for the hospital under a written agreement. */
    @SuppressWarnings("unchecked")
    public Set<ContactKind> municipalKinds() {
        return (Set<ContactKind>) values.get(ParameterField.MUNICIPAL_KINDS);
    }

    public String sourceOf(String parameter) {
        return sources.getOrDefault(parameter, "rule set parameter");
    }

    /** A copy with one field's value, and its source (null: the source stays). */
    Tariff with(ParameterField field, Object value, String source) {
        Map<ParameterField, Object> v = new EnumMap<>(values);
        v.put(field, value);
        Map<String, String> s = new TreeMap<>(sources);
        if (source != null) {
            s.put(field.fieldName(), source);
        }
        return new Tariff(v, s);
    }
}
