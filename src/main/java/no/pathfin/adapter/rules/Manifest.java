package no.pathfin.adapter.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code manifest.yaml} of a rule-set folder.
 *
 * @param base       the rule set this one extends (a candidate holds only what differs), or null
 * @param include    folders under the rules root whose DRL files this rule set also uses (e.g. {@code common})
 * @param parameters the parameter file, relative to the rule-set folder (default {@code parameters.yaml})
 * @param weights    the weight table, relative to the rule-set folder (default {@code weights.csv}); may point at
 *                   an official list elsewhere
 * @param bundles    the bundle definitions, relative to the rule-set folder, or null for none
 */
record Manifest(String id, @JsonProperty("extends") String base, String title, String description,
                LocalDate validFrom, LocalDate validTo, String status, List<String> sources, List<String> include,
                String parameters, String weights, String bundles) {

    Manifest {
        sources = sources == null ? List.of() : List.copyOf(sources);
        include = include == null ? List.of() : List.copyOf(include);
        parameters = parameters == null ? "parameters.yaml" : parameters;
        weights = weights == null ? "weights.csv" : weights;
    }
}
