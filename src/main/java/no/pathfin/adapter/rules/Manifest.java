package no.pathfin.adapter.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.pathfin.application.port.DataFileException;

/**
 * {@code manifest.yaml} of a rule-set folder.
 *
 * @param base       the rule set this one extends (a candidate holds only what differs), or null; written
 *                   {@code extends}
 * @param include    folders under the rules root whose DRL files this rule set also uses (e.g. {@code common})
 * @param parameters the parameter file, relative to the rule-set folder (default {@code parameters.yaml})
 * @param weights    the weight table, relative to the rule-set folder (default {@code weights.csv}); may point at
 *                   an official list elsewhere
 * @param bundles    the bundle definitions, relative to the rule-set folder, or null for none
 * @param periods    the period-payment definitions, relative to the rule-set folder, or null: {@code periods.yaml}
 *                   when the folder has one, or none
 * @param costs      the cost model (unit cost per point, mode and ambulant factors, personnel minutes), relative to
 *                   the rule-set folder and often shared ({@code ../common/costs.yaml}), or null: the base's, or
 *                   cost weight × unit price
 * @param groupCosts a KPP-style cost table (CSV), relative to the rule-set folder, or null: the base's, or none
 */
record Manifest(String id, String base, String title, String description, LocalDate validFrom, LocalDate validTo,
                String status, List<String> sources, List<String> include, String parameters, String weights,
                String bundles, String periods, String costs, String groupCosts) {

    private static final List<String> FIELDS = List.of("id", "extends", "title", "description", "validFrom", "validTo",
            "status", "sources", "include", "parameters", "weights", "bundles", "periods", "costs",
            "groupCosts");

    Manifest {
        sources = sources == null ? List.of() : List.copyOf(sources);
        include = include == null ? List.of() : List.copyOf(include);
        parameters = parameters == null ? "parameters.yaml" : parameters;
        weights = weights == null ? "weights.csv" : weights;
    }

    /** The manifest a file states; an unknown field or a value of the wrong kind is named with its line. */
    static Manifest of(String file, byte[] content, Map<String, Object> fields) {
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new DataFileException(file, RuleSetFiles.lineOf(content, name), 0, name + ": unknown field '"
                        + name + "'; known fields: " + FIELDS);
            }
        }
        Reader read = new Reader(file, content, fields);
        return new Manifest(read.text("id"), read.text("extends"), read.text("title"), read.text("description"),
                read.date("validFrom"), read.date("validTo"), read.text("status"), read.texts("sources"),
                read.texts("include"), read.text("parameters"), read.text("weights"), read.text("bundles"),
                read.text("periods"), read.text("costs"), read.text("groupCosts"));
    }

    private record Reader(String file, byte[] content, Map<String, Object> fields) {

        String text(String name) {
            Object value = fields.get(name);
            if (value != null && !(value instanceof String) && !(value instanceof Number)) {
                throw wrong(name, "a text");
            }
            return value == null ? null : value.toString();
        }

        LocalDate date(String name) {
            String value = text(name);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw wrong(name, "a date (YYYY-MM-DD)");
            }
        }

        List<String> texts(String name) {
            Object value = fields.get(name);
            if (value == null) {
                return null;
            }
            if (!(value instanceof List<?> list)) {
                throw wrong(name, "a list");
            }
            List<String> texts = new ArrayList<>();
            list.forEach(item -> texts.add(String.valueOf(item)));
            return texts;
        }

        private DataFileException wrong(String name, String expected) {
            return new DataFileException(file, RuleSetFiles.lineOf(content, name), 0, name + ": '" + fields.get(name)
                    + "' is not " + expected);
        }
    }
}
