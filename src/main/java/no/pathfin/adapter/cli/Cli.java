package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.List;
import no.pathfin.application.InvalidRequestException;
import no.pathfin.application.RepriceActivity;
import no.pathfin.application.port.ActivitySource;
import no.pathfin.domain.Repricing;
import no.pathfin.application.Pathfin;
import no.pathfin.application.port.DataFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code pathfin} command line: one subcommand per job, all reading the same rules and pathways folders. */
@Command(name = "pathfin", mixinStandardHelpOptions = true, version = "pathfin 0.1",
        description = "Pathway-based financing simulator: per-contact ISF and bundled pathway prices from Drools rule sets.",
        subcommands = {CompareCommand.class, PriceCommand.class, RuleSetsCommand.class, PathwaysCommand.class,
                ServeCommand.class, GenerateActivityCommand.class, RepriceCommand.class, ImpactCommand.class,
                FixturesCommands.Check.class, FixturesCommands.Approve.class, ValidateCommand.class})
public final class Cli {

    @Option(names = "--rules", description = "rules folder (default: ${DEFAULT-VALUE})", defaultValue = "rules",
            scope = CommandLine.ScopeType.INHERIT)
    Path rules;

    @Option(names = "--pathways", description = "pathway fixtures folder (default: ${DEFAULT-VALUE})",
            defaultValue = "pathways", scope = CommandLine.ScopeType.INHERIT)
    Path pathways;

    /** A running server, as the {@code serve} command sees it. */
    public interface Server extends AutoCloseable {
        int port();

        @Override
        void close();
    }

    /** Starts a server over the use cases; provided by the composition root. */
    public interface Servers {
        Server start(Pathfin pathfin, int port, Path jobs, String adminToken);
    }

    /** Reading, generating and writing activity files; provided by the composition root. */
    public interface ActivityFiles {
        ActivitySource open(Path file);

        void generate(Path out, long contacts, long seed, int year);

        List<Path> write(Path dir, Repricing repricing);
    }

    private final BiFunction<Path, Path, Pathfin> open;
    private final Servers servers;
    private final ActivityFiles activityFiles;

    private Cli(BiFunction<Path, Path, Pathfin> open, Servers servers, ActivityFiles activityFiles) {
        this.open = open;
        this.servers = servers;
        this.activityFiles = activityFiles;
    }

    ActivityFiles activityFiles() {
        return activityFiles;
    }

    Pathfin open() {
        return open.apply(rules, pathways);
    }

    /** A financing model named on the command line; a wrong one is a usage error naming the option. */
    static no.pathfin.domain.FinancingModel model(String option, String code) {
        try {
            return no.pathfin.domain.Codes.parse(no.pathfin.domain.FinancingModel.class, code);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(option, e.getMessage());
        }
    }

    Servers servers() {
        return servers;
    }

    /** Runs the command line and returns its exit code: 0 done, 1 bad data files, 2 bad usage or request. */
    public static int run(BiFunction<Path, Path, Pathfin> open, PrintWriter out, PrintWriter err, String... args) {
        return run(open, (pathfin, port, jobs, token) -> {
            throw new IllegalStateException("no server in this build");
        }, out, err, args);
    }

    public static int run(BiFunction<Path, Path, Pathfin> open, Servers servers, PrintWriter out, PrintWriter err,
                          String... args) {
        return run(open, servers, null, out, err, args);
    }

    public static int run(BiFunction<Path, Path, Pathfin> open, Servers servers, ActivityFiles activityFiles,
                          PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Cli(open, servers, activityFiles));
        // "pathways" is both a subcommand and the default value of --pathways
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DataFileException) {
                err.println("pathfin: " + e.getMessage());
                return 1;
            }
            if (e instanceof RepriceActivity.BadRowException) {
                err.println("pathfin: strict mode stops at the first bad row: " + e.getMessage());
                return 1;
            }
            if (e instanceof InvalidRequestException) {
                err.println("pathfin: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
