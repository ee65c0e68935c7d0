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
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.ruleset.BundleDefinition;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.RuleSetInfo;
import no.pathfin.domain.ruleset.RuleSetUse;
import no.pathfin.domain.ruleset.Tariff;
import no.pathfin.domain.workbench.PathwayFixture;

/** Response bodies as the contract defines them, made from domain values. */
final class ResponseBodies {

    private ResponseBodies() {
    }

    record Health(String status, int ruleSets, int pathways) {
    }

    record RuleSetSummary(String id, String title, String description, String status, LocalDate validFrom,
                          LocalDate validTo, String contentHash) {
    }

    record WeightBody(String groupCode, String description, BigDecimal weight, String source) {
    }

    record OutlierBody(BigDecimal thresholdFactor, BigDecimal shareOfExcess) {
    }

    record BundleBody(String id, String description, List<String> triggerGroupCodes, List<String> triggerProcedureCodes,
                      int daysBefore, int daysAfter, List<String> includedKinds, List<String> includedSettings,
                      BigDecimal price, String priceBasis,
                      OutlierBody outlier) {
    }

    record RuleSetDetail(String id, String title, String description, String status, LocalDate validFrom,
                         LocalDate validTo, String contentHash, @JsonProperty("extends") String base,
                         Map<String, String> origins, List<String> sources, Map<String, Map<String, Object>> tariffs,
                         List<WeightBody> weights, List<BundleBody> bundles) {
    }

    record PathwaySummary(String id, String family, String variant, String description, int contactCount) {
    }

    record ExpectationBody(String ruleSet, String model, BigDecimal total) {
    }

    record PathwayBody(String id, String family, String variant, String description,
                       List<RequestBodies.ContactBody> contacts, List<ExpectationBody> expected) {
    }

    record RuleBody(String name, String regulation) {
    }

    record FactorBody(String name, BigDecimal value, String source) {
    }

    record ComponentBody(String label, String rule, List<FactorBody> factors, BigDecimal exact, BigDecimal amount,
                         String formula) {
    }

    record LineBody(String contactId, LocalDate date, String kind, String mode, String setting, String ruleSet,
                    String ruleSetHash, BigDecimal amount, List<RuleBody> rulesFired, List<ComponentBody> components,
                    List<String> notes) {
    }

    record RuleSetUseBody(String ruleSet, String contentHash, String overridesHash) {
    }

    record PricingBody(String pathwayId, String variant, String model, String ruleSet,
                       RequestBodies.OverridesBody overrides, List<RuleSetUseBody> reproducibility,
                       List<LineBody> lines, BigDecimal total) {
    }

    record CellBody(String pathwayId, String variant, String ruleSet, String model, BigDecimal total,
                    BigDecimal differenceFromBaseline, int rank, List<RuleSetUseBody> reproducibility, List<LineBody> lines) {
    }

    record RankingBody(String ruleSet, String model, List<String> pathwayIds) {
    }

    record ComparisonBody(String baseline, List<String> ruleSets, List<String> models,
                          RequestBodies.OverridesBody overrides, List<CellBody> cells, List<RankingBody> ranking) {
    }

    static RuleSetSummary summary(RuleSetInfo i) {
        return new RuleSetSummary(i.id(), i.title(), i.description(), Codes.of(i.status()), i.validity().from(),
                i.validity().to(), i.contentHash());
    }

    static RuleSetDetail detail(RuleSet ruleSet) {
        RuleSetInfo i = ruleSet.info();
        Map<String, Map<String, Object>> tariffs = new LinkedHashMap<>();
        ruleSet.parameters().tariffs().forEach((setting, t) -> tariffs.put(Codes.of(setting), tariff(t)));
        List<WeightBody> weights = ruleSet.parameters().weights().byCode().values().stream().map(ResponseBodies::weight).toList();
        List<BundleBody> bundles = ruleSet.parameters().bundles().stream().map(ResponseBodies::bundle).toList();
        return new RuleSetDetail(i.id(), i.title(), i.description(), Codes.of(i.status()), i.validity().from(),
                i.validity().to(), i.contentHash(), i.base(), i.origins(), i.sources(), tariffs, weights, bundles);
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
                b.outlier() == null ? null : new OutlierBody(b.outlier().thresholdFactor(), b.outlier().shareOfExcess()));
    }

    static PathwaySummary summary(PathwayFixture f) {
        Pathway p = f.pathway();
        return new PathwaySummary(p.id(), p.family(), p.variant(), p.description(), p.contacts().size());
    }

    static PathwayBody pathway(PathwayFixture f) {
        Pathway p = f.pathway();
        List<RequestBodies.ContactBody> contacts = p.contacts().stream().map(ResponseBodies::contact).toList();
        List<ExpectationBody> expected = f.expectations().stream().map(e -> new ExpectationBody(e.ruleSet(),
                Codes.of(e.model()), e.total().kroner())).toList();
        return new PathwayBody(p.id(), p.family(), p.variant(), p.description(), contacts, expected);
    }

    private static RequestBodies.ContactBody contact(Contact c) {
        return new RequestBodies.ContactBody(c.id(), c.date(), Codes.of(c.kind()), Codes.of(c.mode()),
                Codes.of(c.setting()), c.ambulant(), Codes.of(c.personnel()), Codes.of(c.performer()), c.groupCode(),
                c.procedureCode(), c.replacesPlannedVisit(), c.documented());
    }

    static PricingBody pricing(PathwayPricing p, RequestBodies.OverridesBody overrides) {
        return new PricingBody(p.pathway().id(), p.pathway().variant(), Codes.of(p.model()), p.requestedRuleSet(),
                overrides, uses(p.ruleSetsUsed()), lines(p), p.total().kroner());
    }

    static ComparisonBody comparison(Comparison c, RequestBodies.OverridesBody overrides) {
        List<CellBody> cells = c.cells().stream().map(cell -> new CellBody(cell.pathwayId(), cell.variant(),
                cell.ruleSet(), Codes.of(cell.model()), cell.total().kroner(), cell.differenceFromBaseline().kroner(),
                cell.rank(), uses(cell.pricing().ruleSetsUsed()), lines(cell.pricing()))).toList();
        List<RankingBody> ranking = new java.util.ArrayList<>();
        for (String ruleSet : c.ruleSets()) {
            for (var model : c.models()) {
                List<String> order = c.cells().stream().filter(x -> x.ruleSet().equals(ruleSet) && x.model() == model)
                        .sorted(java.util.Comparator.comparingInt(Comparison.Cell::rank)).map(Comparison.Cell::pathwayId)
                        .toList();
                ranking.add(new RankingBody(ruleSet, Codes.of(model), order));
            }
        }
        return new ComparisonBody(c.baselinePathwayId(), c.ruleSets(), c.models().stream().map(Codes::of).toList(),
                overrides, cells, ranking);
    }

    private static List<RuleSetUseBody> uses(List<RuleSetUse> uses) {
        return uses.stream().map(u -> new RuleSetUseBody(u.id(), u.contentHash(), u.overridesHash())).toList();
    }

    private static List<LineBody> lines(PathwayPricing p) {
        return p.lines().stream().map(ResponseBodies::line).toList();
    }

    private static LineBody line(PricedContact l) {
        Contact c = l.contact();
        return new LineBody(c.id(), c.date(), Codes.of(c.kind()), Codes.of(c.mode()), Codes.of(c.setting()),
                l.ruleSetId(), l.ruleSetHash(), l.amount().kroner(),
                l.rulesFired().stream().map(r -> new RuleBody(r.name(), r.regulation())).toList(),
                l.components().stream().map(ResponseBodies::component).toList(), l.notes());
    }

    private static ComponentBody component(Component c) {
        return new ComponentBody(c.label(), c.rule().name(),
                c.factors().stream().map(f -> new FactorBody(f.name(), f.value(), f.source())).toList(),
                c.exact(), c.amount().kroner(), c.formula());
    }

    private static List<String> codes(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(v -> Codes.of(v)).sorted().toList();
    }
}
