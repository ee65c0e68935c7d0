package no.pathfin.adapter.scenarios;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A projection scenario as written in YAML (see docs/projection.md); every field checked where it is read.
 * {@code qualityIndicators} names a table of quality indicator points (relative to the scenario file) that shares each
 * year's quality pot among the trusts; absent: no quality pot.
 */
record ScenarioFile(String name, String description, Integer baseYear, String activity, Years years,
                    Demography demography, String regions, List<Change> changes, List<Step> rules,
                    Financing financing, String qualityIndicators) {

    record Years(Integer from, Integer to) {
    }

    /** @param population a population table in long format, relative to the scenario file; absent: no growth */
    record Demography(String population, String source, String alternative) {
    }

    /**
     * A change factor: {@code type: shift} moves {@code share} of the contacts matching kind, setting and from to
     * mode {@code to}; {@code type: ambulant} has {@code share} of the in-person contacts matching kind and setting
     * done by an ambulant team; {@code type: day-surgery} has {@code share} of the admissions with surgery in group
     * {@code from} done as day surgery, priced in group {@code to} (default: the same group); {@code type: volume} multiplies a setting's activity by {@code factor}; both reach their target
     * in {@code targetYear} along a straight path from the base year.
     */
    record Change(String name, String type, String kind, String setting, String from, String to, BigDecimal share,
                  BigDecimal factor, Integer targetYear, String source) {
    }

    /** @param changes tariff changes per scheme, as overrides are written: {@code {somatic: {isfShare: 0.30}}} */
    record Step(Integer from, String ruleSet, Map<String, Map<String, Object>> changes, String source) {
    }

    record Financing(Figure demographyFunded, Figure hoursPerFte) {
    }

    record Figure(BigDecimal value, String source) {
    }
}
