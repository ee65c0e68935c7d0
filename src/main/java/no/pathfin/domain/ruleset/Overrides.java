package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;

/**
 * What-if parameter values for one request: they change a copy of a rule set's parameters, never the rule set.
 * Only data, never code. A null field leaves the rule set's value unchanged.
 */
public record Overrides(Map<Setting, TariffOverride> tariffs, Map<String, BigDecimal> weights,
                        Map<String, BundleOverride> bundles) {

    public static final Overrides NONE = new Overrides(Map.of(), Map.of(), Map.of());

    public record TariffOverride(BigDecimal unitPrice, BigDecimal isfShare, BigDecimal ambulantSupplementWeight,
                                 Set<ContactMode> eligibleModes, Set<PersonnelGroup> eligiblePersonnel,
                                 Set<PersonnelGroup> videoPersonnel) {
    }

    public record BundleOverride(BigDecimal price, Integer daysBefore, Integer daysAfter) {
    }

    /** An override that cannot apply: which field of the overrides, and why. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public Overrides {
        EnumMap<Setting, TariffOverride> copy = new EnumMap<>(Setting.class);
        copy.putAll(tariffs);
        tariffs = java.util.Collections.unmodifiableMap(copy);
        weights = java.util.Collections.unmodifiableMap(new TreeMap<>(weights));
        bundles = java.util.Collections.unmodifiableMap(new TreeMap<>(bundles));
    }

    /** These overrides and another's; where both set a value, the other's wins. */
    public Overrides plus(Overrides other) {
        Map<Setting, TariffOverride> t = new EnumMap<>(Setting.class);
        t.putAll(tariffs);
        other.tariffs.forEach((setting, o) -> t.merge(setting, o, (a, b) -> new TariffOverride(
                b.unitPrice() != null ? b.unitPrice() : a.unitPrice(),
                b.isfShare() != null ? b.isfShare() : a.isfShare(),
                b.ambulantSupplementWeight() != null ? b.ambulantSupplementWeight() : a.ambulantSupplementWeight(),
                b.eligibleModes() != null ? b.eligibleModes() : a.eligibleModes(),
                b.eligiblePersonnel() != null ? b.eligiblePersonnel() : a.eligiblePersonnel(),
                b.videoPersonnel() != null ? b.videoPersonnel() : a.videoPersonnel())));
        Map<String, BigDecimal> w = new TreeMap<>(weights);
        w.putAll(other.weights);
        Map<String, BundleOverride> bu = new TreeMap<>(bundles);
        other.bundles.forEach((id, o) -> bu.merge(id, o, (a, b) -> new BundleOverride(
                b.price() != null ? b.price() : a.price(),
                b.daysBefore() != null ? b.daysBefore() : a.daysBefore(),
                b.daysAfter() != null ? b.daysAfter() : a.daysAfter())));
        return new Overrides(t, w, bu);
    }

    public boolean isEmpty() {
        return tariffs.isEmpty() && weights.isEmpty() && bundles.isEmpty();
    }

    /** The rule set's parameters with these values in place; each overridden figure names its origin. */
    public Parameters applyTo(Parameters base, String ruleSetId) {
        if (isEmpty()) {
            return base;
        }
        Map<Setting, Tariff> tariffMap = new EnumMap<>(base.tariffs());
        tariffs.forEach((setting, override) -> tariffMap.put(setting,
                apply(base.tariff(setting), override, "overrides.tariffs." + Codes.of(setting))));
        Map<String, CostWeight> rows = new LinkedHashMap<>(base.weights().byCode());
        weights.forEach((code, weight) -> {
            CostWeight row = rows.get(code);
            if (row == null) {
                throw new Invalid("overrides.weights." + code, "group code '" + code + "' is not in the weight table of "
                        + ruleSetId);
            }
            check(weight.signum() >= 0, "overrides.weights." + code, "a cost weight must not be negative");
            rows.put(code, new CostWeight(code, row.description(), weight, overridden(row.weight())));
        });
        List<BundleDefinition> bundleList = new ArrayList<>();
        for (BundleDefinition bundle : base.bundles()) {
            BundleOverride o = bundles.get(bundle.id());
            bundleList.add(o == null ? bundle : apply(bundle, o, "overrides.bundles." + bundle.id()));
        }
        for (String id : bundles.keySet()) {
            if (base.bundles().stream().noneMatch(b -> b.id().equals(id))) {
                throw new Invalid("overrides.bundles." + id, "no bundle '" + id + "' in " + ruleSetId);
            }
        }
        return new Parameters(tariffMap, new WeightTable(rows), bundleList);
    }

    private static Tariff apply(Tariff t, TariffOverride o, String field) {
        Map<String, String> sources = new LinkedHashMap<>(t.sources());
        BigDecimal unitPrice = pick(o.unitPrice(), t.unitPrice(), "unitPrice", sources);
        BigDecimal share = pick(o.isfShare(), t.isfShare(), "isfShare", sources);
        BigDecimal supplement = pick(o.ambulantSupplementWeight(), t.ambulantSupplementWeight(),
                "ambulantSupplementWeight", sources);
        check(unitPrice.signum() >= 0, field + ".unitPrice", "the unit price must not be negative");
        check(share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0, field + ".isfShare",
                "the ISF share must be between 0 and 1");
        check(supplement.signum() >= 0, field + ".ambulantSupplementWeight", "the supplement weight must not be negative");
        return new Tariff(unitPrice, share, supplement,
                o.eligibleModes() != null ? o.eligibleModes() : t.eligibleModes(),
                o.eligiblePersonnel() != null ? o.eligiblePersonnel() : t.eligiblePersonnel(),
                o.videoPersonnel() != null ? o.videoPersonnel() : t.videoPersonnel(), sources);
    }

    private static BundleDefinition apply(BundleDefinition b, BundleOverride o, String field) {
        BigDecimal price = o.price() != null ? o.price() : b.price();
        check(price.signum() >= 0, field + ".price", "the bundle price must not be negative");
        int before = o.daysBefore() != null ? o.daysBefore() : b.daysBefore();
        int after = o.daysAfter() != null ? o.daysAfter() : b.daysAfter();
        check(before >= 0, field + ".daysBefore", "window days must not be negative");
        check(after >= 0, field + ".daysAfter", "window days must not be negative");
        String basis = o.price() != null ? overridden(b.price()) : b.priceBasis();
        return new BundleDefinition(b.id(), b.description(), b.triggerGroupCodes(), b.triggerProcedureCodes(),
                before, after, b.includedKinds(), b.includedSettings(), price, basis, b.outlier());
    }

    private static BigDecimal pick(BigDecimal override, BigDecimal base, String name, Map<String, String> sources) {
        if (override == null) {
            return base;
        }
        sources.put(name, overridden(base));
        return override;
    }

    private static String overridden(BigDecimal ruleSetValue) {
        return "override in this request (rule set value " + ruleSetValue.toPlainString() + ")";
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new Invalid(field, message);
        }
    }

    /** One line per overridden value, in a fixed order: the basis of the reproducibility hash. */
    public String canonical() {
        List<String> lines = new ArrayList<>();
        tariffs.forEach((setting, o) -> {
            String prefix = "tariffs." + Codes.of(setting) + ".";
            add(lines, prefix + "unitPrice", o.unitPrice());
            add(lines, prefix + "isfShare", o.isfShare());
            add(lines, prefix + "ambulantSupplementWeight", o.ambulantSupplementWeight());
            add(lines, prefix + "eligibleModes", codes(o.eligibleModes()));
            add(lines, prefix + "eligiblePersonnel", codes(o.eligiblePersonnel()));
            add(lines, prefix + "videoPersonnel", codes(o.videoPersonnel()));
        });
        weights.forEach((code, weight) -> add(lines, "weights." + code, weight));
        bundles.forEach((id, o) -> {
            add(lines, "bundles." + id + ".price", o.price());
            add(lines, "bundles." + id + ".daysBefore", o.daysBefore());
            add(lines, "bundles." + id + ".daysAfter", o.daysAfter());
        });
        return String.join("\n", lines);
    }

    /** SHA-256 of the rule set's content hash and these overrides: the same hash, the same numbers. */
    public String hashWith(String ruleSetHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ruleSetHash + "\n" + canonical()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(List<String> lines, String key, Object value) {
        if (value != null) {
            lines.add(key + "=" + (value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value));
        }
    }

    private static String codes(Set<? extends Enum<?>> values) {
        if (values == null) {
            return null;
        }
        TreeSet<String> sorted = new TreeSet<>();
        values.forEach(v -> sorted.add(Codes.of(v)));
        return String.join(",", sorted);
    }
}
