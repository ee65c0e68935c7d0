package no.pathfin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number the command line writes for people has one form: digits grouped by thousands with a space, amounts
 * with two decimals, counts whole, percentages with {@code %}; never a comma, never an ungrouped long figure.
 */
class NumbersForPeopleCliTest {

    /** A comma between digits ({@code 1,000,000}, {@code 2,5}) or a long figure written without groups. */
    private static final Pattern OTHER_FORMS = Pattern.compile(
            "\\d,\\d|(?<![\\w.:/-])\\d{4,}\\.\\d|(?<![\\w.:/-])\\d{5,}(?![\\w.-])");

    @Test
    void every_table_and_message_writes_numbers_one_way(@TempDir Path temp) throws Exception {
        List<CliRun> runs = new ArrayList<>();
        runs.add(CliRun.of("compare", "hip-replacement", "--money", "--volume", "A=3600", "--volume", "B=3150"));
        runs.add(CliRun.of("price", "hip-replacement-A", "--rule-set", "isf-2024"));
        runs.add(CliRun.of("impact", "--baseline", "isf-2024", "--candidate", "isf-2025-plan", "--volume", "A=3600"));
        runs.add(CliRun.of("impact", "--baseline", "isf-2024", "--candidate", "isf-2025-plan", "--activity",
                CliRun.SAMPLE_ACTIVITY.toString()));
        runs.add(CliRun.of("check-fixtures", "--as", "isf-2024=candidate-2025-package"));
        runs.add(CliRun.of("generate-activity", "--contacts", "12000", "--out", temp.resolve("year.csv").toString()));
        runs.add(CliRun.of("reprice", "--activity", temp.resolve("year.csv").toString(), "--baseline", "isf-2024",
                "--candidate", "isf-2025-plan", "--out", temp.resolve("out").toString(), "--attribute"));
        runs.add(CliRun.of("project", "--scenario", "scenarios/status-quo.yaml", "--out",
                temp.resolve("projection").toString()));
        runs.add(CliRun.of("validate"));
        runs.add(CliRun.of("quality-pot", "--rule-set", "isf-2020", "--indicators",
                "scenarios/quality-indicators-illustrative.csv"));

        for (CliRun run : runs) {
            assertTrue(run.code() <= 1, run.err());
            Matcher other = OTHER_FORMS.matcher(run.out());
            assertTrue(!other.find(), "'" + (other.hitEnd() ? "" : context(run.out(), other)) + "' in:\n" + run.out());
        }
        assertTrue(runs.get(0).out().contains("the volumes given: 3 600 × hip-replacement-A"), runs.get(0).out());
        assertTrue(runs.get(1).out().contains("41 798.40"), runs.get(1).out());
        assertTrue(runs.get(4).out().contains("- 41 798.40 kr"), runs.get(4).out());
        assertTrue(runs.get(4).out().contains("- -25.00 %"), runs.get(4).out());
        assertTrue(runs.get(5).out().startsWith("wrote 12 000 contacts"), runs.get(5).out());
        assertTrue(runs.get(6).out().startsWith("12 000 rows read, 0 bad"), runs.get(6).out());
        assertTrue(Files.readString(temp.resolve("out").resolve(Files.list(temp.resolve("out"))
                .filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow().getFileName()))
                .lines().skip(1).noneMatch(line -> line.matches(".*\\d \\d{3}.*")), "CSV files keep plain numbers");
    }

    @Test
    void amounts_keep_two_decimals_and_changes_their_sign() {
        CliRun run = CliRun.of("compare", "hip-replacement", "--variants", "A,C", "--rule-sets", "isf-2024",
                "--models", "per-contact");

        assertEquals(0, run.code(), run.err());
        List<String> c = Columns.cells(run.out(), "C");
        assertEquals(List.of("C", "44 097.32", "assessment → assessment → admission-with-surgery → phone control"), c);
        assertEquals(List.of("C", "+208.99"), Columns.cells(run.out().substring(run.out().indexOf("Difference")), "C"));
    }

    private static String context(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 20));
    }
}
