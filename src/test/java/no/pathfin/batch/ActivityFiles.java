package no.pathfin.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.support.TestPathfin;

/** Helpers: write small activity files and reprice them through the real rules. */
final class ActivityFiles {

    static final String HEADER = "pathway_id,hospital_id,contact_id,date,kind,mode,setting,ambulant,personnel,"
            + "performer,group_code,procedure_code,replaces_planned_visit,documented";

    private ActivityFiles() {
    }

    static Path write(Path dir, String name, List<String> rows) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param scenarios rule set ids, per contact; {@code id:bundle} with the rule set's bundles */
    static Repricing reprice(Path file, int threads, boolean strict, String... scenarios) {
        List<RepriceActivity.Scenario> list = java.util.Arrays.stream(scenarios).map(s -> s.endsWith(":bundle")
                ? new RepriceActivity.Scenario(s.substring(0, s.length() - 7), FinancingModel.BUNDLE)
                : new RepriceActivity.Scenario(s, FinancingModel.PER_CONTACT)).toList();
        return TestPathfin.get().repriceActivity().reprice(CsvActivitySource.open(file), list,
                new RepriceActivity.Options(threads, strict, 50), (a, b, c) -> { }, RepricingResults.NONE).repricing();
    }
}
