package no.pathfin.domain.ruleset;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The cost weights of a rule set, by group code. */
public record WeightTable(Map<String, CostWeight> byCode) {

    public WeightTable {
        byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    public static WeightTable of(Collection<CostWeight> rows) {
        Map<String, CostWeight> map = new LinkedHashMap<>();
        for (CostWeight row : rows) {
            if (map.putIfAbsent(row.groupCode(), row) != null) {
                throw new IllegalArgumentException("group code " + row.groupCode() + " appears twice");
            }
        }
        return new WeightTable(map);
    }

    public Optional<CostWeight> find(String groupCode) {
        return Optional.ofNullable(byCode.get(groupCode));
    }
}
