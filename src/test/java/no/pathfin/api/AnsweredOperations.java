package no.pathfin.api;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The operations of openapi.yaml that a client got a success (2xx) from, told from the requests it really sent
 * (method and path matched against the contract's path templates), not from what a test says it called.
 */
final class AnsweredOperations {

    private record Template(String method, Pattern path, int parameters, String operationId) {
    }

    private final List<Template> templates = new ArrayList<>();
    private final Set<String> answered = Collections.synchronizedSet(new TreeSet<>());

    AnsweredOperations() {
        OpenApiContract.get().api().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                templates.add(new Template(method.name(), Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+")),
                        path.split("\\{", -1).length - 1, op.getOperationId()))));
        // a literal path wins over a template that also matches it (/reprice-jobs/generated, not /reprice-jobs/{id})
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    /** Every operation id of the contract. */
    Set<String> all() {
        Set<String> all = new TreeSet<>();
        templates.forEach(t -> all.add(t.operationId()));
        return all;
    }

    /** The operation ids answered with a success so far. */
    Set<String> answered() {
        return new TreeSet<>(answered);
    }

    /** For the generated client's response interceptor: notes the operation a 2xx answered. */
    void record(HttpResponse<InputStream> response) {
        if (response.statusCode() / 100 != 2) {
            return;
        }
        String method = response.request().method().toUpperCase(Locale.ROOT);
        String path = response.request().uri().getRawPath();
        templates.stream().filter(t -> t.method().equals(method) && t.path().matcher(path).matches()).findFirst()
                .ifPresentOrElse(t -> answered.add(t.operationId()), () -> {
                    throw new AssertionError("the client called " + method + " " + path + ", which the contract lacks");
                });
    }
}
