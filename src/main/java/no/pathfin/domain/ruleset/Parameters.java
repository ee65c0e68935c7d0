package no.pathfin.domain.ruleset;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Setting;

/** Everything a rule set's rules read besides the contacts: tariffs per setting, weights and bundle definitions. */
public record Parameters(Map<Setting, Tariff> tariffs, WeightTable weights, List<BundleDefinition> bundles) {

    public Parameters {
        Objects.requireNonNull(weights, "weights");
        EnumMap<Setting, Tariff> copy = new EnumMap<>(Setting.class);
        copy.putAll(tariffs);
        for (Setting setting : Setting.values()) {
            if (!copy.containsKey(setting)) {
                throw new IllegalArgumentException("no tariff for setting " + Codes.of(setting));
            }
        }
        tariffs = java.util.Collections.unmodifiableMap(copy);
        bundles = List.copyOf(bundles);
    }

    public Tariff tariff(Setting setting) {
        return tariffs.get(setting);
    }
}
