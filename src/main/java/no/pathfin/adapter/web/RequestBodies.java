package no.pathfin.adapter.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import no.pathfin.adapter.json.bodies.OverridesBody;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.ContactInput;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;

/** Request bodies as the contract defines them, and their translation into domain values. */
final class RequestBodies {

    /** The financing model of a pricing or impact request that names none (the contract's default). */
    static final String DEFAULT_MODEL = "per-contact";

    private RequestBodies() {
    }

    record ContactBody(String id, LocalDate date, String kind, String mode, String setting, Boolean ambulant,
                       String personnel, String performer, String groupCode, String procedureCode,
                       Boolean replacesPlannedVisit, Boolean documented) {
    }

    record PathwayBody(String id, String family, String variant, String description, List<ContactBody> contacts) {
    }

    record PricingRequest(String pathwayId, PathwayBody pathway, String model, String ruleSet, OverridesBody overrides) {
    }

    /** @param volumes planned pathways a year by pathway id or variant; omitted: one of each compared variant */
    record ComparisonRequest(String family, List<String> variants, List<String> pathwayIds, List<PathwayBody> pathways,
                             List<String> ruleSets, List<String> models, String baseline, OverridesBody overrides,
                             Map<String, Long> volumes) {
    }

    /** The contract has checked shapes and codes; what is left are rules across fields (e.g. unique contact ids). */
    static Pathway pathway(PathwayBody body, String field) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < body.contacts().size(); i++) {
            ContactBody c = body.contacts().get(i);
            String at = field + ".contacts[" + i + "]";
            contacts.add(guard(at, () -> new ContactInput(c.id(), c.date(), c.kind(), c.mode(), c.setting(), c.ambulant(),
                    c.personnel(), c.performer(), c.groupCode(), c.procedureCode(), c.replacesPlannedVisit(),
                    c.documented()).toContact()));
        }
        return guard(field + ".contacts", () -> new Pathway(body.id(), body.family(), body.variant(),
                body.description() == null ? "" : body.description(), contacts));
    }

    /** What a request names: a family (and variants), fixture ids, or inline pathways, translated when used. */
    static SelectPathways.Selection selection(String family, List<String> variants, List<String> ids,
                                              List<PathwayBody> inline) {
        List<Supplier<Pathway>> pathways = null;
        if (inline != null) {
            pathways = new ArrayList<>();
            for (int i = 0; i < inline.size(); i++) {
                PathwayBody body = inline.get(i);
                String field = "pathways[" + i + "]";
                pathways.add(() -> pathway(body, field));
            }
        }
        return new SelectPathways.Selection(family, variants, ids, pathways);
    }

    static FinancingModel model(String code) {
        return Codes.parse(FinancingModel.class, code);
    }

    /** The overrides as parameter changes; the contract has checked names, types and bounds. */
    static ParameterChanges overrides(OverridesBody body) {
        if (body == null) {
            return ParameterChanges.NONE;
        }
        SortedMap<ParameterPath, Object> values = new TreeMap<>();
        orEmpty(body.tariffs()).forEach((setting, fields) -> orEmpty(fields).forEach((name, value) -> {
            if (value != null) {
                ParameterField field = field(ParameterField.Scope.TARIFF, name);
                values.put(ParameterPath.tariff(Codes.parse(Setting.class, setting), field), field.parse(value));
            }
        }));
        orEmpty(body.weights()).forEach((code, weight) -> values.put(ParameterPath.weight(code), weight));
        orEmpty(body.bundles()).forEach((id, fields) -> orEmpty(fields).forEach((name, value) -> {
            if (value instanceof Map<?, ?> part) { // a part of a bundle: corridor: {stopLoss: 0.05}
                part.forEach((sub, v) -> bundleField(values, id, name + "." + sub, v));
            } else {
                bundleField(values, id, name, value);
            }
        }));
        orEmpty(body.periods()).forEach((id, fields) -> orEmpty(fields).forEach((name, value) -> {
            if (value != null) {
                ParameterField field = field(ParameterField.Scope.PERIOD, name);
                values.put(ParameterPath.period(id, field), field.parse(value));
            }
        }));
        orEmpty(body.qualityPot()).forEach((name, value) -> {
            if (value instanceof Map<?, ?> weights) {
                weights.forEach((category, weight) -> qualityPot(values, name + "." + category, weight));
            } else {
                qualityPot(values, name, value);
            }
        });
        return new ParameterChanges(values, new TreeMap<>());
    }

    private static void qualityPot(SortedMap<ParameterPath, Object> values, String name, Object value) {
        if (value != null) {
            ParameterField field = field(ParameterField.Scope.QUALITY_POT, name);
            values.put(ParameterPath.qualityPot(field), field.parse(value));
        }
    }

    private static void bundleField(SortedMap<ParameterPath, Object> values, String id, String name, Object value) {
        if (value != null) {
            ParameterField field = field(ParameterField.Scope.BUNDLE, name);
            values.put(ParameterPath.bundle(id, field), field.parse(value));
        }
    }

    /** The overrides as sent, with each object's fields in the order of the list of parameter fields. */
    static OverridesBody echo(OverridesBody body) {
        if (body == null) {
            return null;
        }
        return new OverridesBody(ordered(body.tariffs(), ParameterField.Scope.TARIFF), body.weights(),
                ordered(body.bundles(), ParameterField.Scope.BUNDLE),
                ordered(body.periods(), ParameterField.Scope.PERIOD), body.qualityPot());
    }

    private static Map<String, Map<String, Object>> ordered(Map<String, Map<String, Object>> byKey,
                                                         ParameterField.Scope scope) {
        if (byKey == null) {
            return null;
        }
        Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
        byKey.forEach((key, fields) -> {
            Map<String, Object> inOrder = new LinkedHashMap<>();
            for (ParameterField field : ParameterField.of(scope)) {
                String name = field.fieldName();
                int dot = name.indexOf('.');
                Object part = dot < 0 || fields == null ? null : fields.get(name.substring(0, dot));
                if (part instanceof Map<?, ?> partFields && partFields.get(name.substring(dot + 1)) != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> nested = (Map<String, Object>) inOrder.computeIfAbsent(name.substring(0, dot),
                            k -> new LinkedHashMap<String, Object>());
                    nested.put(name.substring(dot + 1), partFields.get(name.substring(dot + 1)));
                } else if (dot < 0 && fields != null && fields.get(name) != null) {
                    inOrder.put(name, fields.get(name));
                }
            }
            ordered.put(key, inOrder);
        });
        return ordered;
    }

    private static ParameterField field(ParameterField.Scope scope, String name) {
        return ParameterField.named(scope, name).orElseThrow(() -> ProblemException.badRequest(
                "the overrides name an unknown parameter", List.of(new ProblemException.FieldError(name, "unknown"))));
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> T guard(String field, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.unprocessable(field, String.valueOf(e.getMessage()));
        }
    }
}
