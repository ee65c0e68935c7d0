package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;

/**
 * One parameter that differs between two rule sets, as the override that makes the first's parameters take the
 * second's value ({@code toCandidate}) and the override that takes it back ({@code toBaseline}).
 */
public record ParameterChange(String path, String from, String to, Overrides toCandidate, Overrides toBaseline) {

    /**
     * Every single parameter that differs and can be changed on its own (tariff fields per setting, weights of
     * group codes both tables have, bundle price and window). Differences beyond these are reported by
     * {@link #others}.
     */
    public static List<ParameterChange> between(Parameters baseline, Parameters candidate) {
        List<ParameterChange> changes = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            Tariff a = baseline.tariff(setting);
            Tariff b = candidate.tariff(setting);
            String at = "tariffs." + Codes.of(setting) + ".";
            number(changes, at + "unitPrice", a.unitPrice(), b.unitPrice(), setting,
                    v -> new Overrides.TariffOverride(v, null, null, null, null, null));
            number(changes, at + "isfShare", a.isfShare(), b.isfShare(), setting,
                    v -> new Overrides.TariffOverride(null, v, null, null, null, null));
            number(changes, at + "ambulantSupplementWeight", a.ambulantSupplementWeight(), b.ambulantSupplementWeight(),
                    setting, v -> new Overrides.TariffOverride(null, null, v, null, null, null));
            set(changes, at + "eligibleModes", a.eligibleModes(), b.eligibleModes(), setting,
                    v -> new Overrides.TariffOverride(null, null, null, modes(v), null, null));
            set(changes, at + "eligiblePersonnel", a.eligiblePersonnel(), b.eligiblePersonnel(), setting,
                    v -> new Overrides.TariffOverride(null, null, null, null, personnel(v), null));
            set(changes, at + "videoPersonnel", a.videoPersonnel(), b.videoPersonnel(), setting,
                    v -> new Overrides.TariffOverride(null, null, null, null, null, personnel(v)));
        }
        for (CostWeight row : baseline.weights().byCode().values()) {
            candidate.weights().find(row.groupCode()).filter(c -> c.weight().compareTo(row.weight()) != 0).ifPresent(c ->
                    changes.add(new ParameterChange("weights." + row.groupCode(), row.weight().toPlainString(),
                            c.weight().toPlainString(), weight(row.groupCode(), c.weight()), weight(row.groupCode(), row.weight()))));
        }
        for (BundleDefinition a : baseline.bundles()) {
            candidate.bundles().stream().filter(b -> b.id().equals(a.id())).findFirst().ifPresent(b -> {
                String at = "bundles." + a.id() + ".";
                if (a.price().compareTo(b.price()) != 0) {
                    changes.add(new ParameterChange(at + "price", a.price().toPlainString(), b.price().toPlainString(),
                            bundle(a.id(), new Overrides.BundleOverride(b.price(), null, null)),
                            bundle(a.id(), new Overrides.BundleOverride(a.price(), null, null))));
                }
                if (a.daysBefore() != b.daysBefore()) {
                    changes.add(new ParameterChange(at + "daysBefore", "" + a.daysBefore(), "" + b.daysBefore(),
                            bundle(a.id(), new Overrides.BundleOverride(null, b.daysBefore(), null)),
                            bundle(a.id(), new Overrides.BundleOverride(null, a.daysBefore(), null))));
                }
                if (a.daysAfter() != b.daysAfter()) {
                    changes.add(new ParameterChange(at + "daysAfter", "" + a.daysAfter(), "" + b.daysAfter(),
                            bundle(a.id(), new Overrides.BundleOverride(null, null, b.daysAfter())),
                            bundle(a.id(), new Overrides.BundleOverride(null, null, a.daysAfter()))));
                }
            });
        }
        return changes;
    }

    /** Differences that cannot be changed one by one (new or removed group codes or bundles, a bundle's trigger…). */
    public static List<String> others(Parameters baseline, Parameters candidate) {
        List<String> others = new ArrayList<>();
        Set<String> a = baseline.weights().byCode().keySet();
        Set<String> b = candidate.weights().byCode().keySet();
        if (!a.equals(b)) {
            others.add("weight table group codes");
        }
        Map<String, BundleDefinition> ba = new TreeMap<>();
        baseline.bundles().forEach(x -> ba.put(x.id(), x));
        Map<String, BundleDefinition> bb = new TreeMap<>();
        candidate.bundles().forEach(x -> bb.put(x.id(), x));
        if (!ba.keySet().equals(bb.keySet())) {
            others.add("bundles defined");
        }
        ba.forEach((id, x) -> {
            BundleDefinition y = bb.get(id);
            if (y != null && (!x.triggerGroupCodes().equals(y.triggerGroupCodes())
                    || !x.triggerProcedureCodes().equals(y.triggerProcedureCodes())
                    || !x.includedKinds().equals(y.includedKinds())
                    || !x.includedSettings().equals(y.includedSettings()) || !Objects.equals(x.outlier(), y.outlier()))) {
                others.add("bundle " + id + " definition");
            }
        });
        return others;
    }

    private interface TariffField<T> {
        Overrides.TariffOverride with(T value);
    }

    private static void number(List<ParameterChange> changes, String path, BigDecimal a, BigDecimal b, Setting setting,
                               TariffField<BigDecimal> field) {
        if (a.compareTo(b) != 0) {
            changes.add(new ParameterChange(path, a.toPlainString(), b.toPlainString(), tariff(setting, field.with(b)),
                    tariff(setting, field.with(a))));
        }
    }

    private static <E extends Enum<E>> void set(List<ParameterChange> changes, String path, Set<E> a, Set<E> b,
                                                 Setting setting, TariffField<Set<E>> field) {
        if (!a.equals(b)) {
            changes.add(new ParameterChange(path, codes(a), codes(b), tariff(setting, field.with(b)),
                    tariff(setting, field.with(a))));
        }
    }

    private static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(v -> Codes.of(v)).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    @SuppressWarnings("unchecked")
    private static Set<ContactMode> modes(Set<?> values) {
        return values.isEmpty() ? EnumSet.noneOf(ContactMode.class) : EnumSet.copyOf((Set<ContactMode>) values);
    }

    @SuppressWarnings("unchecked")
    private static Set<PersonnelGroup> personnel(Set<?> values) {
        return values.isEmpty() ? EnumSet.noneOf(PersonnelGroup.class) : EnumSet.copyOf((Set<PersonnelGroup>) values);
    }

    private static Overrides tariff(Setting setting, Overrides.TariffOverride override) {
        return new Overrides(Map.of(setting, override), Map.of(), Map.of());
    }

    private static Overrides weight(String code, BigDecimal value) {
        return new Overrides(Map.of(), Map.of(code, value), Map.of());
    }

    private static Overrides bundle(String id, Overrides.BundleOverride override) {
        return new Overrides(Map.of(), Map.of(), Map.of(id, override));
    }
}
