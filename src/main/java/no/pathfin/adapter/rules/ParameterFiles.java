package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The shapes of {@code parameters.yaml} and {@code bundles.yaml}, as written by people. */
final class ParameterFiles {

    private ParameterFiles() {
    }

    record ParametersFile(Map<String, TariffEntry> tariffs) {
    }

    record TariffEntry(BigDecimal unitPrice, BigDecimal isfShare, BigDecimal ambulantSupplementWeight,
                       List<String> eligibleModes, List<String> eligiblePersonnel, List<String> videoPersonnel,
                       Map<String, String> sources) {
    }

    record BundlesFile(List<BundleEntry> bundles) {
    }

    record BundleEntry(String id, String description, TriggerEntry trigger, WindowEntry window,
                       List<String> includedKinds, List<String> includedSettings, BigDecimal price,
                       String priceBasis, OutlierEntry outlier) {
    }

    record TriggerEntry(List<String> groupCodes, List<String> procedureCodes) {
    }

    record WindowEntry(Integer daysBefore, Integer daysAfter) {
    }

    record OutlierEntry(BigDecimal thresholdFactor, BigDecimal shareOfExcess) {
    }
}
