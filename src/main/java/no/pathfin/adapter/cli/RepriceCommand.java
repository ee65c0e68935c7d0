package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.financing.Compensation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reprice", mixinStandardHelpOptions = true,
        description = "Stream an activity file through a baseline and a candidate rule set (and more) and write the "
                + "totals and differences by hospital, setting, contact mode and group code as CSV and JSON.")
final class RepriceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--activity", required = true, description = "the activity CSV file")
    Path activity;

    @Option(names = "--baseline", required = true, paramLabel = "ID[:bundle]",
            description = "baseline rule set id; add :bundle to pay bundle episodes by the rule set's bundle price")
    String baseline;

    @Option(names = "--candidate", required = true, paramLabel = "ID[:bundle]", description = "candidate rule set id[:bundle]")
    String candidate;

    @Option(names = "--also", split = ",", paramLabel = "ID[:bundle]", description = "further scenarios to price the file under")
    List<String> also = new ArrayList<>();

    @Option(names = "--plan", description = "the planned activity the block grant is set from, in the activity file's"
            + " format (default: the activity file itself)")
    Path plan;

    @Option(names = "--compensation", defaultValue = "share", description = "none, share or neutral: how the"
            + " block grant meets each scenario's change against the baseline (neutral needs the activity as the plan;"
            + " default: ${DEFAULT-VALUE})")
    String compensation;

    @Option(names = "--out", required = true, description = "folder for the CSV and JSON results")
    Path outDir;

    @Option(names = "--threads", description = "reader threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--strict", description = "stop at the first bad row instead of counting and reporting it")
    boolean strict;

    @Option(names = "--show-bad", defaultValue = "20", description = "how many bad rows to list (default: ${DEFAULT-VALUE})")
    int showBad;

    @Option(names = "--attribute", description = "split the candidate's difference into what each changed parameter "
            + "or rule contributed (both scenarios per contact), for the total and per setting")
    boolean attribute;

    private final Supplier<RepriceActivity> repriceActivity;
    private final Cli.ActivityFiles files;

    RepriceCommand(Supplier<RepriceActivity> repriceActivity, Cli.ActivityFiles files) {
        this.repriceActivity = repriceActivity;
        this.files = files;
    }

    @Override
    public Integer call() {
        List<RepriceActivity.Scenario> scenarios = new ArrayList<>();
        for (String scenario : Cli.concat(List.of(baseline, candidate), also)) {
            scenarios.add(RepriceActivity.Scenario.parse(scenario, "scenario"));
        }
        Compensation compensated = Cli.code("compensation", Compensation.class, compensation);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        RepriceActivity.Result result = repriceActivity.get().reprice(files.open(activity),
                plan == null ? null : files.open(plan), scenarios,
                new RepriceActivity.Options(threads, strict, showBad, attribute, compensated),
                terminal ? new ProgressBar(err) : (a, b, c) -> { }, files.results(outDir));
        if (terminal) {
            err.println();
        }
        Repricing r = result.repricing();
        out.print(RepricingTable.of(r, compensated));
        out.printf("%n%s, %s rows/s; results in %s (%s files)%n", Format.seconds(r.elapsedMillis() / 1000.0),
                Format.whole((r.rows() + r.badRows()) / Math.max(0.001, r.elapsedMillis() / 1000.0)), outDir,
                Format.count(result.files().size()));
        return 0;
    }

    /** rows, rate and time left on one terminal line. */
    private static final class ProgressBar implements RepriceActivity.Progress {
        private final PrintWriter err;
        private final long started = System.nanoTime();

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long bytesRead, long bytesTotal, long rows) {
            double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
            double share = bytesTotal == 0 ? 1 : (double) bytesRead / bytesTotal;
            int filled = (int) Math.round(share * 30);
            double eta = share <= 0 ? 0 : seconds / share - seconds;
            err.printf("\r[%s%s] %5s  %s rows  %s rows/s  ETA %s ", "#".repeat(filled), "-".repeat(30 - filled),
                    Format.percentOf(share), Format.count(rows), Format.whole(rows / seconds), Format.seconds(eta));
            err.flush();
        }
    }
}
