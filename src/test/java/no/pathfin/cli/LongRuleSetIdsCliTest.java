package no.pathfin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables size their columns to their content: a long rule-set id widens its column instead of pushing rows out. */
class LongRuleSetIdsCliTest {

    private static final String LONG = "isf-2024-phone-in-mental-health";

    @Test
    void the_pricing_table_keeps_amounts_and_reasons_in_line_under_a_long_rule_set_id() {
        CliRun run = CliRun.of("price", "hip-replacement-A", "--rule-set", LONG);

        assertEquals(0, run.code(), run.err());
        List<String> lines = table(run.out(), "id ", "total");
        int amountEnds = ends(lines.get(0))[5];
        int reasonStarts = Columns.starts(lines.get(0))[6];
        for (String line : lines.subList(1, lines.size() - 1)) {
            assertEquals(amountEnds, ends(line)[5], line);
            assertEquals(reasonStarts, Columns.starts(line)[6], line);
        }
        assertEquals(amountEnds, ends(lines.get(lines.size() - 1))[1], "the total under the amounts");
    }

    @Test
    void the_comparison_puts_each_rule_set_over_its_own_columns_however_long_its_id() {
        CliRun run = CliRun.of("compare", "hip-replacement", "--variants", "A,B", "--rule-sets", LONG + ",isf-2024");

        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("variant")).findFirst().orElseThrow());
        String headings = lines.get(at - 1);
        String header = lines.get(at);
        int[] columns = Columns.starts(header);
        assertEquals(columns[1], headings.indexOf(LONG), headings);
        assertEquals(columns[3], headings.lastIndexOf("isf-2024"), headings);
        for (String row : lines.subList(at + 1, at + 3)) {
            assertEquals(Arrays.toString(Arrays.copyOfRange(ends(header), 1, 5)),
                    Arrays.toString(Arrays.copyOfRange(ends(row), 1, 5)),
                    row);
        }
    }

    @Test
    void the_list_of_rule_sets_keeps_its_status_column_in_line() {
        CliRun run = CliRun.of("rule-sets");

        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        int status = Columns.starts(lines.get(0))[1];
        lines.forEach(line -> assertEquals(status, Columns.starts(line)[1], line));
    }

    /** The lines from the first that starts with {@code from} to the first after it that starts with {@code to}. */
    private static List<String> table(String text, String from, String to) {
        List<String> lines = text.lines().toList();
        int first = 0;
        while (!lines.get(first).startsWith(from) || lines.get(first).isBlank()) {
            first++;
        }
        int last = first + 1;
        while (!lines.get(last).startsWith(to)) {
            last++;
        }
        return lines.subList(first, last + 1);
    }

    /** Where each cell of a line ends. */
    private static int[] ends(String line) {
        return java.util.regex.Pattern.compile("\\S(?=  |$)").matcher(line).results().mapToInt(r -> r.end()).toArray();
    }
}
