package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;
import no.pathfin.domain.projection.ProjectionScenario;
import java.util.List;
import no.pathfin.application.Pathfin;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.batch.RepriceActivity;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.MissingFolderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code pathfin} command line: one subcommand per job, all reading the same rules and pathways folders. */
@Command(name = "pathfin", mixinStandardHelpOptions = true, version = "pathfin 0.1",
        description = "Pathway-based financing simulator: per-contact ISF and bundled pathway prices from Drools rule sets.")
public final class Cli {

    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(CompareCommand.class, PriceCommand.class, RuleSetsCommand.class,
            PathwaysCommand.class, ServeCommand.class, GenerateActivityCommand.class, RepriceCommand.class,
            ImpactCommand.class, ProjectCommand.class, RiskCommand.class, QualityPotCommand.class,
            FixturesCommands.Check.class, FixturesCommands.Approve.class, ValidateCommand.class);

    /** Options of the root command that take a value (the value is never a subcommand). */
    private static final java.util.Set<String> VALUED = java.util.Set.of("--rules", "--pathways");

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder, read from the working folder when"
            + " relative (default: ${DEFAULT-VALUE})", defaultValue = "rules",
            scope = CommandLine.ScopeType.INHERIT)
    Path rules;

    @Option(names = "--pathways", paramLabel = "DIR", description = "pathway fixtures folder, read from the working"
            + " folder when relative (default: ${DEFAULT-VALUE})",
            defaultValue = "pathways", scope = CommandLine.ScopeType.INHERIT)
    Path pathways;

    /** Opens the use cases over a rules folder and a pathways folder; provided by the composition root. */
    public interface Opener {
        /** @param compileAll compile every rule set now (to refuse a broken one at once), not when first used */
        Pathfin open(Path rules, Path pathways, boolean compileAll);
    }

    /** A running server, as the {@code serve} command sees it. */
    public interface Server extends AutoCloseable {
        int port();

        /** What it serves, e.g. {@code 7 rule sets, 9 pathways}. */
        String serving();

        @Override
        void close();
    }

    /** Starts a server over the use cases; provided by the composition root. */
    public interface Servers {
        Server start(Pathfin pathfin, ServerOptions options);
    }

    /**
     * How a server runs.
     *
     * @param host       the interface it listens on ({@code 127.0.0.1}: this machine only; {@code 0.0.0.0}: every one)
     * @param adminToken allows reloading rule sets with this bearer token; null: reloading is off
     * @param limits     the jobs folder's quota and how long finished jobs are kept
     * @param scenarios  the folder of the projection scenarios a projection job may name
     */
    public record ServerOptions(String host, int port, Path jobs, String adminToken,
                                no.pathfin.application.batch.JobLimits limits, Path scenarios) {
    }

    /** Starts the server over the use cases this command line opened. */
    interface Starter {
        Server start(ServerOptions options);
    }

    /** Reading, generating and writing activity files and projection scenarios; provided by the composition root. */
    public interface ActivityFiles {
        ActivitySource open(Path file);

        void generate(Path out, long contacts, long seed, int year);

        /** Where a repricing's result files go: the folder {@code dir}. */
        RepricingResults results(Path dir);

        /** A projection scenario and the base-year activity file it names (null if none). */
        Scenario scenario(Path file);

        /** Writes a projection's result files into {@code dir}; returns their names. */
        List<String> write(Path dir, Projection projection);

        /** Writes a comparison of two projections into {@code dir}; returns the files' names. */
        List<String> write(Path dir, ProjectionComparison comparison);

        /** A table of quality indicator points. */
        no.pathfin.domain.quality.QualityIndicators indicators(Path file);
    }

    /** A projection scenario as read from its file. */
    public record Scenario(ProjectionScenario scenario, Path activity) {
    }

    private Cli() {
    }

    /** A financing model named on the command line; a wrong one is a usage error naming the option. */
    static no.pathfin.domain.pricing.FinancingModel model(String option, String code) {
        return code(option, no.pathfin.domain.pricing.FinancingModel.class, code);
    }

    /** A code named on the command line; a wrong one is a usage error naming the option. */
    static <E extends Enum<E>> E code(String option, Class<E> type, String code) {
        try {
            return no.pathfin.domain.Codes.parse(type, code);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(option, e.getMessage());
        }
    }

    /** Runs the command line and returns its exit code: 0 done, 1 bad data files, 2 bad usage or request. */
    public static int run(Opener opener, Servers servers, ActivityFiles activityFiles, PrintWriter out, PrintWriter err,
                          String... args) {
        Cli cli = new Cli();
        CommandFactory factory = new CommandFactory(cli, opener, servers, activityFiles);
        CommandLine commandLine = new CommandLine(cli, factory);
        // describing a command costs picocli time at every start: only the one asked for is described, or all of
        // them when none is named (for the help, or to say what is not a command)
        Class<?> named = named(args);
        for (Class<?> command : COMMANDS) {
            if (named == null || command == named) {
                commandLine.addSubcommand(factory.command(command));
            }
        }
        // "pathways" is both a subcommand and the default value of --pathways
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof MissingFolderException missing) {
                err.println("pathfin: " + missing(missing.folder(), missing.tried()));
                return 1;
            }
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

    /** A folder that is not there, the path tried and the option that names it: {@code ...; name it with --rules DIR}. */
    static String missing(MissingFolderException.Folder folder, Path tried) {
        String option = switch (folder) {
            case RULES -> "--rules DIR";
            case PATHWAYS -> "--pathways DIR";
            case SCENARIOS -> "serve --scenarios DIR";
        };
        return MissingFolderException.describe(folder, tried) + "; name it with " + option
                + ", or run pathfin in the folder that holds it";
    }

    /** The subcommand the arguments name, or null. */
    private static Class<?> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (VALUED.contains(args[i])) {
                i++;
                continue;
            }
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[i])) {
                    return command;
                }
            }
            if (!args[i].startsWith("-")) {
                return null;
            }
        }
        return null;
    }

    /** The use cases, opened once per run from the folders the options name. */
    static final class Opened {
        private final Cli cli;
        private final Opener opener;
        private Pathfin pathfin;

        Opened(Cli cli, Opener opener) {
            this.cli = cli;
            this.opener = opener;
        }

        synchronized Pathfin get(boolean compileAll) {
            if (pathfin == null) {
                pathfin = opener.open(cli.rules, cli.pathways, compileAll);
            }
            return pathfin;
        }

        Pathfin get() {
            return get(false);
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
