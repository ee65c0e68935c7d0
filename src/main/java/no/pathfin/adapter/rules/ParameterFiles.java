package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shapes of {@code parameters.yaml}, {@code bundles.yaml} and {@code periods.yaml}, as written by people. Tariffs are read field by
 * field from the one list of parameter fields ({@link TariffReading}), so a new field needs no change here.
 */
final class ParameterFiles {

    private ParameterFiles() {
    }

    /**
     * @param tariffs    per setting code, per field name, a value (and {@code sources}: per field name, a text)
     * @param qualityPot the quality pot, or null: none ({@link QualityPotReading})
     */
    record ParametersFile(Map<String, Map<String, Object>> tariffs, Map<String, Object> qualityPot) {
    }

    record BundlesFile(List<BundleEntry> bundles) {
    }

    record BundleEntry(String id, String description, TriggerEntry trigger, WindowEntry window,
                       List<String> includedKinds, List<String> includedSettings, BigDecimal price,
                       String priceBasis, OutlierEntry outlier, BigDecimal discount,
                       List<String> excludedGroupCodes, QualityEntry quality, CorridorEntry corridor,
                       Map<String, String> sources) {
    }

    record TriggerEntry(List<String> groupCodes, List<String> procedureCodes) {
    }

    record WindowEntry(Integer daysBefore, Integer daysAfter) {
    }

    record PeriodsFile(List<PeriodEntry> periods) {
    }

    record PeriodEntry(String id, String description, Integer periodMonths, List<String> groupCodes, String setting,
                       BigDecimal weight, String source) {
    }

    record OutlierEntry(BigDecimal thresholdFactor, BigDecimal shareOfExcess) {
    }

    record QualityEntry(List<String> eventGroupCodes, BigDecimal reduction) {
    }

    record CorridorEntry(BigDecimal stopLoss, BigDecimal stopGain) {
    }
}
