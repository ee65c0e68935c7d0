package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.batch.ActivityMoney;
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
        List<String> written = result.files();
        Repricing.Line total = r.total();
        out.printf("%,d rows read, %,d bad (skipped and counted), %,d distinct contact profiles priced by the rules%n",
                r.rows() + r.badRows(), r.badRows(), r.cells().stream().map(Repricing.Cell::profile).distinct().count());
        for (Repricing.BadRow bad : r.firstBadRows()) {
            out.printf("  line %d: %s%n", bad.line(), bad.reason());
        }
        out.printf("%n%-16s %16s %14s%n", "rule set", "total kr", "vs baseline");
        for (int i = 0; i < r.scenarios().size(); i++) {
            out.printf("%-16s %16s %14s%n", r.scenarios().get(i).label(), Numbers.grouped(total.amounts().get(i).kroner()),
                    i == 0 ? "" : Numbers.grouped(total.difference(i).kroner()));
        }
        out.printf("%nby setting%n");
        for (Repricing.Line line : r.breakdown(Repricing.Dimension.SETTING)) {
            out.printf("  %-10s %,12d contacts %16s → %16s%n", line.key(), line.contacts(),
                    Numbers.grouped(line.amounts().get(0).kroner()), Numbers.grouped(line.amounts().get(1).kroner()));
        }
        List<ActivityMoney.Figures> money = r.money().total(r.scenarios().size());
        out.printf("%nthe whole money, block grant set from %s (%s compensation; see %s)%n", r.money().plan(),
                Codes.of(compensated), "whole-money-by-hospital-scheme.csv");
        out.printf("  %-16s %18s %18s %18s %18s %18s%n", "rule set", "ISF", "block grant", "income", "cost", "margin");
        for (int i = 0; i < r.scenarios().size(); i++) {
            ActivityMoney.Figures f = money.get(i);
            out.printf("  %-16s %18s %18s %18s %18s %18s%n", r.scenarios().get(i).label(), kr(f.isf()),
                    kr(f.blockGrant()), kr(f.income()), kr(f.cost()), kr(f.margin()));
        }
        r.attribution().forEach((key, split) -> {
            out.printf("%nwhich change moved %s (%s)%n", key.equals("income")
                    ? "income (ISF + the block grant, " + Codes.of(compensated) + " compensation)" : "ISF, " + key,
                    split.method());
            split.contributions().forEach(c -> out.printf("  %-36s %18s  %s%n", c.item(),
                    Numbers.grouped(c.amount().kroner()), c.description()));
        });
        out.printf("%n%.1f s, %,.0f rows/s; results in %s (%d files)%n", r.elapsedMillis() / 1000.0,
                (r.rows() + r.badRows()) / Math.max(0.001, r.elapsedMillis() / 1000.0), outDir, written.size());
        return 0;
    }

    private static String kr(no.pathfin.domain.Money money) {
        return Numbers.grouped(money.kroner());
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
            err.printf("\r[%s%s] %3.0f%% %,d rows  %,.0f rows/s  ETA %.0f s ", "#".repeat(filled), "-".repeat(30 - filled),
                    share * 100, rows, rows / seconds, eta);
            err.flush();
        }
    }
}
