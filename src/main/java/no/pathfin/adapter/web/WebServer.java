package no.pathfin.adapter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.application.Pathfin;
import no.pathfin.application.batch.RepriceJobs;
import no.pathfin.application.projection.ProjectionJobs;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.ruleset.ReloadableRuleSets;
import no.pathfin.application.table.ExportTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST server: every route in one table, errors as RFC 9457 problems, the contract and its docs served from
 * the jar. The only class that configures Javalin; controllers only translate HTTP to use-case calls.
 */
public final class WebServer implements AutoCloseable {

    /** Request bodies larger than this are refused with 413. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String PROBLEM_JSON = "application/problem+json";
    /** The interface a server listens on unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";
    /** A request body must arrive at this rate at least (bytes a second), or the connection is closed. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 256;
    /** A connection that sends nothing for this long is closed. */
    static final long IDLE_MILLIS = 30_000;

    /** One route: method, path (OpenAPI path syntax), handler. */
    public record Route(String method, String path, Handler handler) {
    }

    private final List<Route> routes;
    private final Bodies bodies;
    private final Javalin javalin;

    public WebServer(Pathfin pathfin, RepriceJobs jobs) {
        this(pathfin, jobs, null);
    }

    /** @param adminToken allows {@code POST /api/v1/admin/reload} with this bearer token; null leaves it off */
    public WebServer(Pathfin pathfin, RepriceJobs jobs, String adminToken) {
        this(pathfin, jobs, null, adminToken);
    }

    /** @param projections projection jobs, or null: the server offers none (their routes answer 404) */
    public WebServer(Pathfin pathfin, RepriceJobs jobs, ProjectionJobs projections, String adminToken) {
        this(pathfin, jobs, projections, null, adminToken);
    }

    /**
     * @param exports tables as spreadsheet files, or null: the server offers no workbooks ({@code POST
     *                /api/v1/spreadsheets} answers 404) and its results only as written
     */
    public WebServer(Pathfin pathfin, RepriceJobs jobs, ProjectionJobs projections, ExportTables exports,
                     String adminToken) {
        ObjectMapper mapper = JsonFormats.api();
        Contract contract = Contract.load();
        Bodies bodies = new Bodies(mapper, contract);
        CatalogController catalog = new CatalogController(pathfin.ruleSets(), pathfin.pathways(), bodies);
        PricingController pricing = new PricingController(pathfin.selectPathways(), pathfin.pricePathway(),
                pathfin.compareIncome(), bodies);
        WorkbenchController workbench = new WorkbenchController(pathfin.selectPathways(), pathfin.assessRuleChange(),
                pathfin.assessActivity(), jobs, pathfin.shiftChannels(), bodies);
        Docs docs = new Docs(contract);
        Downloads downloads = new Downloads(exports);
        RepriceJobController repricing = new RepriceJobController(jobs, bodies, downloads);
        BreakEvenController breakEven = new BreakEvenController(pathfin.selectPathways(), pathfin.findBreakEven(), bodies);
        ProjectionJobController projecting = projections == null ? null
                : new ProjectionJobController(projections, bodies, downloads);
        ScenarioController scenarios = projections == null ? null : new ScenarioController(projections, bodies);
        AdminController admin = new AdminController(pathfin.ruleSets() instanceof ReloadableRuleSets r ? r : null,
                adminToken, bodies);
        List<Route> routes = new java.util.ArrayList<>(List.of(
                new Route("GET", "/", docs::home),
                new Route("GET", "/health", catalog::health),
                new Route("GET", "/openapi.yaml", docs::contract),
                new Route("GET", "/docs", docs::page),
                new Route("GET", "/favicon.ico", docs::icon),
                new Route("GET", "/api/v1/rule-sets", catalog::ruleSets),
                new Route("GET", "/api/v1/rule-sets/{id}", catalog::ruleSet),
                new Route("GET", "/api/v1/pathways", catalog::pathways),
                new Route("GET", "/api/v1/pathways/{id}", catalog::pathway),
                new Route("POST", "/api/v1/pricings", pricing::price),
                new Route("POST", "/api/v1/comparisons", pricing::compare),
                new Route("POST", "/api/v1/impact", workbench::impact),
                new Route("POST", "/api/v1/channel-shifts", workbench::shift),
                new Route("POST", "/api/v1/budget-neutral-bundle-price", breakEven::bundlePrice),
                new Route("POST", "/api/v1/break-even-unit-price", breakEven::unitPrice),
                new Route("POST", "/api/v1/design-risk", new DesignRiskController(pathfin.selectPathways(),
                        pathfin.assessDesignRisk(), bodies)::assess),
                new Route("POST", "/api/v1/reprice-jobs", repricing::submit),
                new Route("POST", "/api/v1/reprice-jobs/generated", repricing::generate),
                new Route("GET", "/api/v1/reprice-jobs", repricing::list),
                new Route("GET", "/api/v1/reprice-jobs/{id}", repricing::get),
                new Route("DELETE", "/api/v1/reprice-jobs/{id}", repricing::delete),
                new Route("GET", "/api/v1/reprice-jobs/{id}/results/{file}", repricing::result),
                new Route("POST", "/api/v1/admin/reload", admin::reload)));
        if (projecting != null) {
            routes.add(new Route("GET", "/api/v1/scenarios", scenarios::list));
            routes.add(new Route("POST", "/api/v1/projection-jobs", projecting::submit));
            routes.add(new Route("GET", "/api/v1/projection-jobs", projecting::list));
            routes.add(new Route("GET", "/api/v1/projection-jobs/{id}", projecting::get));
            routes.add(new Route("DELETE", "/api/v1/projection-jobs/{id}", projecting::delete));
            routes.add(new Route("GET", "/api/v1/projection-jobs/{id}/results/{file}", projecting::result));
        }
        if (downloads.offersSpreadsheets()) {
            routes.add(new Route("POST", "/api/v1/spreadsheets", new SpreadsheetController(downloads, bodies)::create));
        }
        this.routes = List.copyOf(routes);
        this.bodies = bodies;
        this.javalin = Javalin.create(config -> configure(config, mapper));
    }

    /** Every route the server answers, as {@code METHOD path}. */
    public List<Route> routes() {
        return routes;
    }

    /** Listens on the loopback interface only: nothing outside this machine can reach it. */
    public WebServer start(int port) {
        return start(LOOPBACK, port);
    }

    /** Listens on one interface ({@code 0.0.0.0}: every interface; see docs/server.md before serving a network). */
    public WebServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private void configure(JavalinConfig config, ObjectMapper mapper) {
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        config.staticFiles.add(files -> {
            files.hostedPath = "/docs/assets";
            files.directory = Docs.SWAGGER_UI_ASSETS;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets/echarts";
            files.directory = Docs.ECHARTS_ASSETS;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(IDLE_MILLIS);
            http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            // the header cache otherwise matches a repeated header on a kept-alive connection case-insensitively and
            // hands back the earlier value: "Bearer SECRET" would read as the "Bearer secret" sent before it
            http.setHeaderCacheCaseSensitive(true);
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
        config.routes.before(ctx -> Escapes.check(ctx.req().getRequestURI()));
        for (Route route : routes) {
            switch (route.method()) {
                case "GET" -> config.routes.get(route.path(), route.handler());
                case "DELETE" -> config.routes.delete(route.path(), route.handler());
                default -> config.routes.post(route.path(), route.handler());
            }
        }
        for (String path : routes.stream().map(Route::path).distinct().toList()) {
            config.routes.options(path, ctx -> ctx.status(204).header("Allow", allowed(ctx.path())));
        }
        config.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e));
        config.routes.exception(InvalidRequestException.class, (e, ctx) -> problem(ctx,
                ProblemException.unprocessable(e.field(), e.getMessage().substring(e.field().length() + 2))));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                problem(ctx, noRoute(ctx));
                return;
            }
            if (e.getStatus() == 413) {
                drain(ctx);
            }
            problem(ctx, new ProblemException(e.getStatus(), "urn:pathfin:problem:http", e.getMessage(), describe(e),
                    e.getStatus() == 413 ? List.of(new ProblemException.FieldError("body", describe(e))) : List.of()));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (ClientFaults.isClientGone(e)) {
                LOG.info("{} {}: the request body did not arrive whole ({})", ctx.method(), Shown.cut(ctx.path()),
                        ClientFaults.name(e));
                problem(ctx, bodyTimeout());
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, new ProblemException(500, "urn:pathfin:problem:internal", "Internal error",
                    "the server could not answer this request; the error is logged", List.of()));
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.attribute(PROBLEM_JSON) == null) {
                problem(ctx, noRoute(ctx));
            }
        });
        // a body that never starts is timed out by the HTTP layer itself, which then leaves the answer empty
        config.routes.error(408, "*", ctx -> {
            if (ctx.attribute(PROBLEM_JSON) == null) {
                problem(ctx, bodyTimeout());
            }
        });
        config.routes.error(405, "*", ctx -> {
            String allowed = allowed(ctx.path());
            ctx.header("Allow", allowed);
            problem(ctx, new ProblemException(405, "urn:pathfin:problem:method", "Method not allowed",
                    ctx.method() + " is not allowed on " + Shown.cut(ctx.path()) + "; allowed: " + allowed,
                    List.of(new ProblemException.FieldError("method", "allowed: " + allowed))));
        });
    }

    private static ProblemException bodyTimeout() {
        return new ProblemException(408, "urn:pathfin:problem:body-timeout", "The body did not arrive",
                "the request body stopped (nothing for " + IDLE_MILLIS / 1000 + " s) or came slower than "
                        + MIN_REQUEST_BYTES_PER_SECOND + " bytes a second; send it again", List.of(new ProblemException.FieldError("body",
                "incomplete")));
    }

    private static ProblemException noRoute(Context ctx) {
        return ProblemException.notFound("no resource at " + ctx.method() + " " + Shown.cut(ctx.path()), "path");
    }

    /** The methods a path answers, for the {@code Allow} header: its routes' methods, and OPTIONS. */
    private String allowed(String requested) {
        String path = requested.length() > 1 && requested.endsWith("/")
                ? requested.substring(0, requested.length() - 1) : requested;
        java.util.Set<String> methods = new java.util.TreeSet<>();
        for (Route route : routes) {
            if (path.matches(route.path().replaceAll("\\{[^/]+}", "[^/]+"))) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /**
     * Reads (and drops) the rest of a refused oversized body, up to a bound, so that a client still sending it gets
     * the 413 answer instead of a reset connection.
     */
    private static void drain(Context ctx) {
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long left = 64L * MAX_REQUEST_BYTES;
            int read;
            while (left > 0 && (read = in.read(buffer)) > 0) {
                left -= read;
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // the client went away: nothing to answer
        }
    }

    private static String describe(HttpResponseException e) {
        return e.getStatus() == 413 ? "the request body is larger than " + MAX_REQUEST_BYTES + " bytes (1 MiB)"
                : e.getMessage();
    }

    private void problem(Context ctx, ProblemException e) {
        ctx.attribute(PROBLEM_JSON, Boolean.TRUE);
        ctx.status(e.status());
        bodies.write(ctx, e.problem(), PROBLEM_JSON);
    }
}
