package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.MissingFolderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the REST server (rule sets are compiled once at start; a rule set that does not compile stops the start).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port)",
            defaultValue = "7070")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "the interface to listen on (default: "
            + "${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface: see docs/server.md before serving a network)")
    String host;

    @Option(names = "--jobs", defaultValue = "jobs",
            description = "folder for repricing and projection jobs: uploads, state and results (default: ${DEFAULT-VALUE})")
    java.nio.file.Path jobs;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios", description = "folder of the"
            + " projection scenarios a projection job names (default: ${DEFAULT-VALUE})")
    java.nio.file.Path scenarios;

    @Option(names = "--jobs-quota-gib", defaultValue = "20", description = "the most the jobs folder may hold, in "
            + "GiB; a job that would pass it is refused with 507 (default: ${DEFAULT-VALUE})")
    long quotaGib;

    @Option(names = "--jobs-retention-days", defaultValue = "30", description = "days a finished, failed or "
            + "interrupted repricing or projection job is kept, then deleted (default: ${DEFAULT-VALUE})")
    long retentionDays;

    @Option(names = "--admin-token", description = "allow POST /api/v1/admin/reload with this bearer token "
            + "(default: the PATHFIN_ADMIN_TOKEN environment variable; unset: reloading is off)")
    String adminToken = System.getenv("PATHFIN_ADMIN_TOKEN");

    private final Cli.Starter starter;

    ServeCommand(Cli.Starter starter) {
        this.starter = starter;
    }

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        if (!java.nio.file.Files.isDirectory(scenarios)) {
            spec.commandLine().getErr().println("pathfin: " + Cli.missing(MissingFolderException.Folder.SCENARIOS,
                    scenarios) + "; until then a projection job that names a scenario is refused");
            spec.commandLine().getErr().flush();
        }
        Cli.Server server;
        try {
            server = starter.start(new Cli.ServerOptions(host, port, jobs, adminToken,
                    new no.pathfin.application.batch.JobLimits(quotaGib * 1024 * 1024 * 1024,
                            java.time.Duration.ofDays(retentionDays)), scenarios));
        } catch (DataFileException e) {
            throw e;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("pathfin: cannot serve on " + host + " port " + port + ": "
                    + e.getMessage());
            return 1;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getOut().printf("pathfin serving http://%s:%d (%s; ready in %s ms)%s%n", shown,
                server.port(), server.serving(), Format.count(millis), host.equals("0.0.0.0") || host.equals("::")
                        ? "; listening on every interface: anyone who can reach this machine can use it" : "");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
