package no.pathfin.domain.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.RuleSetUse;
import no.pathfin.domain.workbench.Attribution;

/**
 * A national activity file priced under several rule sets. The finest grain is a cell: one hospital's contacts of
 * one profile, with their count and their revenue under each rule set (count × the profile's line amount, exact).
 * Every breakdown is a sum of cells, so breakdowns reconcile with each other and with the total.
 */
public record Repricing(List<Scenario> scenarios, long rows, long badRows, List<BadRow> firstBadRows,
                        List<Cell> cells, long elapsedMillis, Map<String, Attribution.Result> attribution,
                        ActivityMoney money) {

    /**
     * @param attribution the candidate's difference from the baseline (the first two scenarios, both per contact)
     *                    split into what each change contributed: for the total ("total") and for each setting;
     *                    empty when not asked for
     * @param money       block grant, income, cost and margin per hospital and scheme
     */
    public Repricing {
        attribution = attribution == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attribution));
        scenarios = List.copyOf(scenarios);
        firstBadRows = List.copyOf(firstBadRows);
        cells = List.copyOf(cells);
    }

    /** One way of paying for the year: a rule set under a financing model, e.g. {@code isf-2024:bundle}. */
    public record Scenario(RuleSetUse ruleSet, FinancingModel model) {
        public String label() {
            return ruleSet.id() + (model == FinancingModel.BUNDLE ? ":bundle" : "");
        }
    }

    /** A row that could not be read, by its 1-based line number in the file. */
    public record BadRow(long line, String reason) {
    }

    /** @param amounts revenue under each scenario, in the order of {@link #scenarios()} */
    public record Cell(String hospital, ContactProfile profile, long contacts, List<Money> amounts) {
        public Cell {
            amounts = List.copyOf(amounts);
        }
    }

    /** The dimensions results are broken down by: each gives a line's key, one field per column. */
    public enum Dimension {
        TOTAL(c -> List.of("total")),
        HOSPITAL(c -> List.of(c.hospital())),
        SETTING(c -> List.of(Codes.of(c.profile().setting()))),
        MODE(c -> List.of(Codes.of(c.profile().mode()))),
        GROUP_CODE(c -> List.of(c.profile().groupCode())),
        HOSPITAL_SETTING_MODE_GROUP(c -> List.of(c.hospital(), Codes.of(c.profile().setting()),
                Codes.of(c.profile().mode()), c.profile().groupCode()));

        private final Function<Cell, List<String>> key;

        Dimension(Function<Cell, List<String>> key) {
            this.key = key;
        }
    }

    /**
     * One line of a breakdown: contacts and revenue per scenario; differences are against the first (baseline).
     *
     * @param keys the line's key, one field per column of its dimension (hospital, setting, mode, group code)
     */
    public record Line(List<String> keys, long contacts, List<Money> amounts) {
        public Line {
            keys = List.copyOf(keys);
        }

        /** The key as one text, its fields joined by commas: {@code HF-OUS,somatic,video,ORT-CONTROL}. */
        public String key() {
            return String.join(",", keys);
        }

        public Money difference(int ruleSet) {
            return amounts.get(ruleSet).minus(amounts.get(0));
        }
    }

    /** The lines of a dimension, in the order of their keys (field by field). */
    public List<Line> breakdown(Dimension dimension) {
        Map<List<String>, long[]> contacts = new HashMap<>();
        Map<List<String>, Money[]> sums = new HashMap<>();
        for (Cell cell : cells) {
            List<String> key = dimension.key.apply(cell);
            contacts.computeIfAbsent(key, k -> new long[1])[0] += cell.contacts();
            Money[] sum = sums.computeIfAbsent(key, k -> zeros(scenarios.size()));
            for (int i = 0; i < sum.length; i++) {
                sum[i] = sum[i].plus(cell.amounts().get(i));
            }
        }
        List<Line> lines = new ArrayList<>();
        sums.forEach((key, sum) -> lines.add(new Line(key, contacts.get(key)[0], List.of(sum))));
        lines.sort((a, b) -> Arrays.compare(a.keys().toArray(String[]::new), b.keys().toArray(String[]::new)));
        return lines;
    }

    public Line total() {
        List<Line> total = breakdown(Dimension.TOTAL);
        return total.isEmpty() ? new Line(List.of("total"), 0, List.of(zeros(scenarios.size()))) : total.get(0);
    }

    private static Money[] zeros(int n) {
        Money[] zeros = new Money[n];
        Arrays.fill(zeros, Money.ZERO);
        return zeros;
    }
}
