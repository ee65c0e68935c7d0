package no.pathfin.application.risk;

import java.util.List;
import java.util.Objects;
import no.pathfin.domain.ruleset.ParameterPath;

/** One parameter of one design set to each of several values in turn, e.g. the corridor's stop-loss at 5 %, 10 %, 20 %. */
public record Sensitivity(String design, ParameterPath parameter, List<Object> values) {

    public Sensitivity {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(parameter, "parameter");
        values = List.copyOf(values);
    }
}
