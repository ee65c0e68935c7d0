package no.pathfin.adapter.rules;

import java.util.List;
import no.pathfin.adapter.json.CsvTable;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.WeightTable;

/**
 * Reads a weight table ({@link CsvTable}): columns {@code group_code}, {@code description}, {@code cost_weight} and
 * {@code source}, one row per group code.
 */
final class WeightCsv {

    private static final List<String> REQUIRED = List.of("group_code", "description", "cost_weight", "source");

    private WeightCsv() {
    }

    static WeightTable parse(String file, String text) {
        return WeightTable.of(CsvTable.read(file, text, "the weight table", REQUIRED, "group_code").stream()
                .map(row -> new CostWeight(row.text("group_code"), row.text("description"), row.number("cost_weight"),
                        row.text("source")))
                .toList());
    }
}
