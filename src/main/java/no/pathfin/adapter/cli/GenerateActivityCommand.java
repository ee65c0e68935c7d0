package no.pathfin.adapter.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate-activity", mixinStandardHelpOptions = true,
        description = "Write a synthetic national year of activity (ILLUSTRATIVE mix, deterministic for a seed).")
final class GenerateActivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--contacts", required = true, description = "number of contacts (rows)")
    long contacts;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--year", defaultValue = "2024", description = "year of the contacts' dates (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--out", required = true, description = "the CSV file to write")
    Path out;

    private final Cli.ActivityFiles files;

    GenerateActivityCommand(Cli.ActivityFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        files.generate(out, contacts, seed, year);
        spec.commandLine().getOut().printf("wrote %s contacts to %s (%s bytes) in %s%n", Format.count(contacts), out,
                Format.count(Files.size(out)), Format.seconds((System.nanoTime() - started) / 1e9));
        return 0;
    }
}
