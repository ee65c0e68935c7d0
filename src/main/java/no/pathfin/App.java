package no.pathfin;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import no.pathfin.adapter.activity.ActivityGenerator;
import no.pathfin.adapter.activity.CsvActivitySource;
import no.pathfin.adapter.activity.FileRepriceJobStore;
import no.pathfin.adapter.activity.RepricingFiles;
import no.pathfin.adapter.cli.Cli;
import no.pathfin.adapter.pathways.JsonPathwayCatalog;
import no.pathfin.adapter.rules.DroolsRuleSets;
import no.pathfin.adapter.scenarios.FileProjectionJobStore;
import no.pathfin.adapter.scenarios.ProjectionFiles;
import no.pathfin.adapter.scenarios.QualityIndicatorFile;
import no.pathfin.adapter.scenarios.ScenarioFiles;
import no.pathfin.adapter.spreadsheet.PoiSpreadsheets;
import no.pathfin.adapter.web.WebServer;
import no.pathfin.application.Pathfin;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.application.batch.RepricingResults;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.projection.ProjectionJobs;
import no.pathfin.application.projection.ScenarioCatalog;
import no.pathfin.application.ruleset.ReloadableRuleSets;
import no.pathfin.application.ruleset.ValidateRuleSets;
import no.pathfin.application.table.ExportTables;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionComparison;

/**
 * Composition root: wires the Drools rule sets and the pathway fixtures into the use cases, and the use cases into
 * the command line and the REST server.
 */
public final class App {

    /** The activity CSV adapter, as the command line needs it. */
    public static final Cli.ActivityFiles ACTIVITY_FILES = new Cli.ActivityFiles() {
        @Override
        public ActivitySource open(Path file) {
            return CsvActivitySource.open(file);
        }

        @Override
        public void generate(Path out, long contacts, long seed, int year) {
            ActivityGenerator.generate(out, contacts, seed, year);
        }

        @Override
        public RepricingResults results(Path dir) {
            return RepricingFiles.in(dir);
        }

        @Override
        public Cli.Scenario scenario(Path file) {
            ScenarioFiles.Loaded loaded = ScenarioFiles.load(file);
            return new Cli.Scenario(loaded.scenario(), loaded.activity());
        }

        @Override
        public no.pathfin.domain.quality.QualityIndicators indicators(Path file) {
            return QualityIndicatorFile.read(file, file.toString());
        }

        @Override
        public List<String> write(Path dir, Projection projection) {
            return ProjectionFiles.write(dir, projection);
        }

        @Override
        public List<String> write(Path dir, ProjectionComparison comparison) {
            return ProjectionFiles.write(dir, comparison);
        }
    };

    private App() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(App::open, App::serve, ACTIVITY_FILES, out, err, args));
    }

    /**
     * The rule sets and the pathway fixtures, wired into the use cases. With {@code compileAll} (serve, validate)
     * both are read and every rule set compiled at once; otherwise each is read when first asked for and a rule set
     * compiled when it first prices. The rule sets are reloadable: a new generation that fails to load, or breaks a
     * fixture's group codes, is refused while the running one keeps serving. The first load is not held to the
     * fixtures, so that {@code pathfin validate} can report every problem.
     */
    private static Pathfin open(Path rules, Path pathways, boolean compileAll) {
        Supplier<PathwayCatalog> catalog = Lazy.once(() -> JsonPathwayCatalog.load(pathways));
        Supplier<RuleSets> ruleSets = () -> reloadable(DroolsRuleSets.reloader(rules, compileAll), catalog);
        return compileAll ? Pathfin.of(ruleSets.get(), catalog.get())
                : Pathfin.of(Lazy.ruleSets(ruleSets), Lazy.catalog(catalog));
    }

    private static ReloadableRuleSets reloadable(Supplier<RuleSets> loader, Supplier<PathwayCatalog> catalog) {
        boolean[] initial = {true};
        return new ReloadableRuleSets(() -> {
            RuleSets loaded = loader.get();
            List<ValidateRuleSets.Problem> problems = initial[0] ? List.of()
                    : new ValidateRuleSets(catalog.get()).validate(loaded);
            initial[0] = false;
            if (!problems.isEmpty()) {
                ValidateRuleSets.Problem problem = problems.get(0);
                throw new DataFileException(problem.fixture(), 0, 0, problem.message() + (problems.size() > 1
                        ? " (and " + (problems.size() - 1) + " more; run pathfin validate)" : ""));
            }
            return loaded;
        });
    }

    /** The scenarios of a folder by name ({@code NAME.yaml}), each with its base-year activity file if it names one. */
    public static ScenarioCatalog scenarios(Path folder) {
        return new ScenarioFolder(folder);
    }

    private static Cli.Server serve(Pathfin pathfin, Cli.ServerOptions options) {
        Path jobsDir = options.jobs();
        RepriceJobs jobs = new RepriceJobs(pathfin.repriceActivity(), new FileRepriceJobStore(jobsDir),
                Runtime.getRuntime().availableProcessors(), options.limits());
        ProjectionJobs projections = new ProjectionJobs(pathfin.projectFinancing(),
                new FileProjectionJobStore(jobsDir.resolve("projections")), scenarios(options.scenarios()), jobs,
                Runtime.getRuntime().availableProcessors(), options.limits());
        ExportTables exports = new ExportTables(new PoiSpreadsheets());
        WebServer server = new WebServer(pathfin, jobs, projections, exports, options.adminToken())
                .start(options.host(), options.port());
        Thread warmUp = new Thread(exports::warmUp, "spreadsheet-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return new Cli.Server() {
            @Override
            public int port() {
                return server.port();
            }

            @Override
            public String serving() {
                return pathfin.ruleSets().all().size() + " rule sets, " + pathfin.pathways().all().size() + " pathways";
            }

            @Override
            public void close() {
                server.close();
                jobs.close();
                projections.close();
            }
        };
    }
}
