package no.pathfin.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.Overrides;

/** Request bodies as the contract defines them, and their translation into domain values. */
final class RequestBodies {

    private RequestBodies() {
    }

    record ContactBody(String id, LocalDate date, String kind, String mode, String setting, Boolean ambulant,
                       String personnel, String performer, String groupCode, String procedureCode,
                       Boolean replacesPlannedVisit, Boolean documented) {
    }

    record PathwayBody(String id, String family, String variant, String description, List<ContactBody> contacts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TariffOverrideBody(BigDecimal unitPrice, BigDecimal isfShare, BigDecimal ambulantSupplementWeight,
                              List<String> eligibleModes, List<String> eligiblePersonnel, List<String> videoPersonnel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BundleOverrideBody(BigDecimal price, Integer daysBefore, Integer daysAfter) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OverridesBody(Map<String, TariffOverrideBody> tariffs, Map<String, BigDecimal> weights,
                         Map<String, BundleOverrideBody> bundles) {
    }

    record PricingRequest(String pathwayId, PathwayBody pathway, String model, String ruleSet, OverridesBody overrides) {
    }

    record ComparisonRequest(String family, List<String> variants, List<String> pathwayIds, List<PathwayBody> pathways,
                             List<String> ruleSets, List<String> models, String baseline, OverridesBody overrides) {
    }

    /** The contract has checked shapes and codes; what is left are rules across fields (e.g. unique contact ids). */
    static Pathway pathway(PathwayBody body, String field) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < body.contacts().size(); i++) {
            ContactBody c = body.contacts().get(i);
            String at = field + ".contacts[" + i + "]";
            contacts.add(guard(at, () -> new Contact(c.id(), c.date(),
                    Codes.parse(ContactKind.class, c.kind()), Codes.parse(ContactMode.class, c.mode()),
                    Codes.parse(Setting.class, c.setting()), Boolean.TRUE.equals(c.ambulant()),
                    Codes.parse(PersonnelGroup.class, c.personnel()),
                    Codes.parse(Performer.class, c.performer() == null ? "hospital" : c.performer()),
                    c.groupCode(), c.procedureCode(), Boolean.TRUE.equals(c.replacesPlannedVisit()),
                    !Boolean.FALSE.equals(c.documented()))));
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

    static Overrides overrides(OverridesBody body) {
        if (body == null) {
            return Overrides.NONE;
        }
        Map<Setting, Overrides.TariffOverride> tariffs = new EnumMap<>(Setting.class);
        if (body.tariffs() != null) {
            body.tariffs().forEach((setting, t) -> tariffs.put(Codes.parse(Setting.class, setting),
                    new Overrides.TariffOverride(t.unitPrice(), t.isfShare(), t.ambulantSupplementWeight(),
                            codes(ContactMode.class, t.eligibleModes()), codes(PersonnelGroup.class, t.eligiblePersonnel()),
                            codes(PersonnelGroup.class, t.videoPersonnel()))));
        }
        Map<String, Overrides.BundleOverride> bundles = new HashMap<>();
        if (body.bundles() != null) {
            body.bundles().forEach((id, b) -> bundles.put(id, new Overrides.BundleOverride(b.price(), b.daysBefore(),
                    b.daysAfter())));
        }
        return new Overrides(tariffs, body.weights() == null ? Map.of() : body.weights(), bundles);
    }

    private static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> values) {
        if (values == null) {
            return null;
        }
        Set<E> set = EnumSet.noneOf(type);
        values.forEach(v -> set.add(Codes.parse(type, v)));
        return set;
    }

    private static <T> T guard(String field, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.unprocessable(field, String.valueOf(e.getMessage()));
        }
    }
}
