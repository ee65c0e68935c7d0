package no.pathfin.domain.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.domain.Setting;

/**
 * One parameter that differs between two parameter sets, with the change that takes the first's value to the
 * second's ({@link #toCandidate()}) and the one that takes it back ({@link #toBaseline()}).
 */
public record ParameterDifference(ParameterPath path, Object from, Object to) {

    public ParameterChanges toCandidate() {
        return ParameterChanges.of(path, to);
    }

    public ParameterChanges toBaseline() {
        return ParameterChanges.of(path, from);
    }

    /** {@code 0.40 → 0.30}, {@code [in-person, video] → [in-person, phone, video]}. */
    public String description() {
        return path.field().describe(from) + " → " + path.field().describe(to);
    }

    /**
     * Every parameter that differs and can be changed on its own: tariff fields per setting (in the order of
     * {@link Setting} and {@link ParameterField}), weights of group codes both tables have (in the baseline table's
     * order), bundles' prices and windows, period payments' weights (in the baseline's order), and the quality pot's
     * figures when both hold one. Differences beyond these: {@link #others}.
     */
    public static List<ParameterDifference> between(Parameters baseline, Parameters candidate) {
        List<ParameterDifference> differences = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            for (ParameterField field : ParameterField.of(ParameterField.Scope.TARIFF)) {
                add(differences, ParameterPath.tariff(setting, field), baseline, candidate);
            }
        }
        for (String code : baseline.weights().byCode().keySet()) {
            add(differences, ParameterPath.weight(code), baseline, candidate);
        }
        for (BundleDefinition bundle : baseline.bundles()) {
            for (ParameterField field : ParameterField.of(ParameterField.Scope.BUNDLE)) {
                add(differences, ParameterPath.bundle(bundle.id(), field), baseline, candidate);
            }
        }
        for (PeriodDefinition period : baseline.periods()) {
            add(differences, ParameterPath.period(period.id(), ParameterField.PERIOD_WEIGHT), baseline, candidate);
        }
        for (ParameterField field : ParameterField.of(ParameterField.Scope.QUALITY_POT)) {
            add(differences, ParameterPath.qualityPot(field), baseline, candidate);
        }
        return differences;
    }

    private static void add(List<ParameterDifference> differences, ParameterPath path, Parameters a, Parameters b) {
        Object from = a.value(path);
        Object to = b.value(path);
        if (from != null && to != null && !path.field().same(from, to)) {
            differences.add(new ParameterDifference(path, from, to));
        }
    }

    /** Differences that cannot be changed one by one (new or removed group codes or bundles, a bundle's trigger…). */
    public static List<String> others(Parameters baseline, Parameters candidate) {
        List<String> others = new ArrayList<>();
        if (!baseline.weights().byCode().keySet().equals(candidate.weights().byCode().keySet())) {
            others.add("weight table group codes");
        }
        Map<String, BundleDefinition> a = byId(baseline);
        Map<String, BundleDefinition> b = byId(candidate);
        if (!a.keySet().equals(b.keySet())) {
            others.add("bundles defined");
        }
        if (baseline.qualityPot().isPresent() != candidate.qualityPot().isPresent()) {
            others.add("quality pot held");
        }
        a.forEach((id, x) -> {
            BundleDefinition y = b.get(id);
            if (y != null && (!x.triggerGroupCodes().equals(y.triggerGroupCodes())
                    || !x.triggerProcedureCodes().equals(y.triggerProcedureCodes())
                    || !x.includedKinds().equals(y.includedKinds())
                    || !x.includedSettings().equals(y.includedSettings()) || optionAddedOrRemoved(x, y))) {
                others.add("bundle " + id + " definition");
            }
        });
        Map<String, PeriodDefinition> p = new TreeMap<>();
        baseline.periods().forEach(x -> p.put(x.id(), x));
        Map<String, PeriodDefinition> q = new TreeMap<>();
        candidate.periods().forEach(x -> q.put(x.id(), x));
        if (!p.keySet().equals(q.keySet())) {
            others.add("period payments defined");
        }
        p.forEach((id, x) -> {
            PeriodDefinition y = q.get(id);
            if (y != null && (x.periodMonths() != y.periodMonths() || !x.groupCodes().equals(y.groupCodes())
                    || x.setting() != y.setting())) {
                others.add("period payment " + id + " definition");
            }
        });
        return others;
    }

    /** An option one bundle has and the other not (a discount, a corridor's side…): not a change of one value. */
    private static boolean optionAddedOrRemoved(BundleDefinition x, BundleDefinition y) {
        return ParameterField.of(ParameterField.Scope.BUNDLE).stream()
                .anyMatch(f -> (x.value(f) == null) != (y.value(f) == null));
    }

    private static Map<String, BundleDefinition> byId(Parameters parameters) {
        Map<String, BundleDefinition> map = new TreeMap<>();
        parameters.bundles().forEach(x -> map.put(x.id(), x));
        return map;
    }
}
