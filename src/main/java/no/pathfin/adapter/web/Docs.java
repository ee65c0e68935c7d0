package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The contract ({@code /openapi.yaml}) and interactive docs ({@code /docs}, Swagger UI from its WebJar). */
final class Docs {

    static final String SWAGGER_UI_ASSETS = "/META-INF/resources/webjars/swagger-ui/" + version("org.webjars", "swagger-ui");
    static final String ECHARTS_ASSETS = "/META-INF/resources/webjars/echarts/" + version("org.webjars.npm", "echarts");

    private final byte[] yaml;
    private final String page;
    private final String home;
    private final String icon;

    Docs(Contract contract) {
        this.yaml = contract.yaml();
        this.page = resource("/web/docs.html");
        this.home = resource("/web/index.html");
        this.icon = resource("/web/favicon.svg");
    }

    /** The page's icon, also where browsers look for one by default. */
    void icon(Context ctx) {
        ctx.contentType("image/svg+xml").header("Cache-Control", "max-age=86400").result(icon);
    }

    /** The analysts' page, which calls the public API only. */
    void home(Context ctx) {
        ctx.html(home);
    }

    void contract(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(yaml);
    }

    void page(Context ctx) {
        ctx.html(page);
    }

    private static String version(String group, String artifact) {
        Properties properties = new Properties();
        try (InputStream in = Docs.class.getResourceAsStream("/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is not on the classpath");
            }
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Docs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
