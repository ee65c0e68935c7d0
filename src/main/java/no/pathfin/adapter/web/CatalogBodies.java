package no.pathfin.adapter.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.Codes;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.QualityCategory;
import no.pathfin.domain.ruleset.QualityPot;
import no.pathfin.domain.ruleset.RuleSetInfo;
import no.pathfin.domain.ruleset.Tariff;
import no.pathfin.domain.workbench.PathwayFixture;

/** Response bodies of the catalog (rule sets, pathway fixtures, health), as the contract defines them. */
final class CatalogBodies {

    private CatalogBodies() {
    }

    record Health(String status, int ruleSets, int pathways) {
    }

    record WeightBody(String groupCode, String description, BigDecimal weight, String source) {
    }

    record OutlierBody(BigDecimal thresholdFactor, BigDecimal shareOfExcess) {
    }

    record BundleBody(String id, String description, List<String> triggerGroupCodes, List<String> triggerProcedureCodes,
                      int daysBefore, int daysAfter, List<String> includedKinds, List<String> includedSettings,
                      BigDecimal price, String priceBasis,
                      OutlierBody outlier, BigDecimal discount, List<String> excludedGroupCodes, QualityBody quality,
                      CorridorBody corridor, java.util.Map<String, String> sources) {
    }

    record QualityBody(List<String> eventGroupCodes, BigDecimal reduction) {
    }

    record CorridorBody(BigDecimal stopLoss, BigDecimal stopGain) {
    }

    record PeriodBody(String id, String description, int periodMonths, List<String> groupCodes, String setting,
                      BigDecimal weight, String source) {
    }

    record RuleSetDetail(String id, String title, String description, String status, LocalDate validFrom,
                         LocalDate validTo, String contentHash, @JsonProperty("extends") String base,
                         Map<String, String> origins, List<String> sources, Map<String, Map<String, Object>> tariffs,
                         List<WeightBody> weights, List<BundleBody> bundles, List<PeriodBody> periods,
                         QualityPotBody qualityPot) {
    }

    /** The quality pot: kroner in the year, the weight of each category, and each figure's source. */
    record QualityPotBody(BigDecimal amount, Map<String, BigDecimal> weights, Map<String, String> sources) {
    }

    record ExpectationBody(String ruleSet, String model, BigDecimal total) {
    }

    record PathwayBody(String id, String family, String variant, String description,
                       List<RequestBodies.ContactBody> contacts, List<ExpectationBody> expected) {
    }

    static RuleSetDetail detail(RuleSet ruleSet) {
        RuleSetInfo i = ruleSet.info();
        Map<String, Map<String, Object>> tariffs = new LinkedHashMap<>();
        ruleSet.parameters().tariffs().forEach((setting, t) -> tariffs.put(Codes.of(setting), tariff(t)));
        List<WeightBody> weights = ruleSet.parameters().weights().byCode().values().stream().map(CatalogBodies::weight).toList();
        List<BundleBody> bundles = ruleSet.parameters().bundles().stream().map(CatalogBodies::bundle).toList();
        List<PeriodBody> periods = ruleSet.parameters().periods().stream().map(p -> new PeriodBody(p.id(),
                p.description(), p.periodMonths(), p.groupCodes().stream().sorted().toList(), Codes.of(p.setting()),
                p.weight(), p.source())).toList();
        return new RuleSetDetail(i.id(), i.title(), i.description(), Codes.of(i.status()), i.validity().from(),
                i.validity().to(), i.contentHash(), i.base(), i.origins(), i.sources(), tariffs, weights, bundles,
                periods, ruleSet.parameters().qualityPot().map(CatalogBodies::qualityPot).orElse(null));
    }

    private static QualityPotBody qualityPot(QualityPot pot) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (QualityCategory category : QualityCategory.values()) {
            weights.put(category.weightName(), pot.weight(category));
        }
        return new QualityPotBody(pot.amount(), weights, new java.util.TreeMap<>(pot.sources()));
    }

    /** Every tariff field, in the order of the list of parameter fields, then the sources. */
    private static Map<String, Object> tariff(Tariff t) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (ParameterField field : ParameterField.of(ParameterField.Scope.TARIFF)) {
            body.put(field.fieldName(), field.plain(t.value(field)));
        }
        body.put("sources", new java.util.TreeMap<>(t.sources()));
        return body;
    }

    private static WeightBody weight(CostWeight w) {
        return new WeightBody(w.groupCode(), w.description(), w.weight(), w.source());
    }

    private static BundleBody bundle(BundleDefinition b) {
        return new BundleBody(b.id(), b.description(), b.triggerGroupCodes().stream().sorted().toList(),
                b.triggerProcedureCodes().stream().sorted().toList(), b.daysBefore(), b.daysAfter(),
                codes(b.includedKinds()), codes(b.includedSettings()), b.price(), b.priceBasis(),
                b.outlier() == null ? null : new OutlierBody(b.outlier().thresholdFactor(), b.outlier().shareOfExcess()),
                b.design().discount(), b.design().excludedGroupCodes().stream().sorted().toList(),
                b.design().quality() == null ? null : new QualityBody(b.design().quality().eventGroupCodes().stream()
                        .sorted().toList(), b.design().quality().reduction()),
                b.design().corridor() == null ? null : new CorridorBody(b.design().corridor().stopLoss(),
                        b.design().corridor().stopGain()), new java.util.TreeMap<>(b.design().sources()));
    }


    static PathwayBody pathway(PathwayFixture f) {
        Pathway p = f.pathway();
        List<RequestBodies.ContactBody> contacts = p.contacts().stream().map(CatalogBodies::contact).toList();
        List<ExpectationBody> expected = f.expectations().stream().map(e -> new ExpectationBody(e.ruleSet(),
                Codes.of(e.model()), e.total().kroner())).toList();
        return new PathwayBody(p.id(), p.family(), p.variant(), p.description(), contacts, expected);
    }

    private static RequestBodies.ContactBody contact(Contact c) {
        return new RequestBodies.ContactBody(c.id(), c.date(), Codes.of(c.kind()), Codes.of(c.mode()),
                Codes.of(c.setting()), c.ambulant(), Codes.of(c.personnel()), Codes.of(c.performer()), c.groupCode(),
                c.procedureCode(), c.replacesPlannedVisit(), c.documented());
    }

    private static List<String> codes(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(v -> Codes.of(v)).sorted().toList();
    }
}
