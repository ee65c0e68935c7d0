package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import no.pathfin.application.port.DataFileException;
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

    @Option(names = "--jobs", defaultValue = "jobs",
            description = "folder for repricing jobs: uploads, state and results (default: ${DEFAULT-VALUE})")
    java.nio.file.Path jobs;

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
        Cli.Server server;
        try {
            server = starter.start(port, jobs, adminToken);
        } catch (DataFileException e) {
            throw e;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("pathfin: cannot serve on port " + port + ": " + e.getMessage());
            return 1;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        spec.commandLine().getOut().printf("pathfin serving http://localhost:%d (%s; ready in %d ms)%n",
                server.port(), server.serving(), millis);
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
