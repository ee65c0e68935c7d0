package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import no.pathfin.application.Pathfin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the REST server (rule sets are compiled once at start; a rule set that does not compile stops the start).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

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

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Pathfin pathfin = cli.open();
        Cli.Server server;
        try {
            server = cli.servers().start(pathfin, port, jobs, adminToken);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("pathfin: cannot serve on port " + port + ": " + e.getMessage());
            return 1;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        spec.commandLine().getOut().printf("pathfin serving http://localhost:%d (%d rule sets, %d pathways; ready in %d ms)%n",
                server.port(), pathfin.ruleSets().all().size(), pathfin.pathways().all().size(), millis);
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
