package no.pathfin.adapter.json.bodies;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.pathfin.domain.Codes;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.Factor;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.ruleset.RuleSetUse;

/**
 * The answer to a pricing, as the contract defines it (Pricing): every line with its explanation. The API answers
 * with it and the command line's {@code --json} writes it, so that both give the same JSON.
 */
public final class PricingBodies {

    private PricingBodies() {
    }

    public record RuleBody(@JsonSerialize(using = Phrase.class) String name,
                           @JsonSerialize(using = Phrase.class) String regulation) {
    }

    public record FactorBody(@JsonSerialize(using = Phrase.class) String name, BigDecimal value,
                             @JsonSerialize(using = Phrase.class) String source) {
    }

    public record ComponentBody(@JsonSerialize(using = Phrase.class) String label,
                                @JsonSerialize(using = Phrase.class) String rule, List<FactorBody> factors,
                                BigDecimal exact, BigDecimal amount,
                                @JsonSerialize(using = Phrase.class) String formula) {
    }

    public record LineBody(String contactId, LocalDate date, String kind, String mode, String setting, String ruleSet,
                           @JsonSerialize(using = Phrase.class) String ruleSetHash, String perContactRuleSet,
                           @JsonSerialize(using = Phrase.class) String perContactRuleSetHash, BigDecimal amount,
                           List<RuleBody> rulesFired, List<ComponentBody> components,
                           @JsonSerialize(contentUsing = Phrase.class) List<String> notes) {
    }

    public record RuleSetUseBody(String ruleSet, String contentHash, String overridesHash) {
    }

    public record PricingBody(String pathwayId, String variant, String model, String ruleSet,
                              OverridesBody overrides, List<RuleSetUseBody> reproducibility,
                              List<LineBody> lines, BigDecimal total) {
    }

    /** @param overrides the overrides the request sent, echoed; null for none */
    public static PricingBody pricing(PathwayPricing p, OverridesBody overrides) {
        return new PricingBody(p.pathway().id(), p.pathway().variant(), Codes.of(p.model()), p.requestedRuleSet(),
                overrides, uses(p.ruleSetsUsed()), lines(p), p.total().kroner());
    }

    public static List<FactorBody> factors(List<Factor> factors) {
        return factors.stream().map(f -> new FactorBody(f.name(), f.value(), f.source())).toList();
    }

    public static List<RuleSetUseBody> uses(List<RuleSetUse> uses) {
        return uses.stream().map(u -> new RuleSetUseBody(u.id(), u.contentHash(), u.overridesHash())).toList();
    }

    static List<LineBody> lines(PathwayPricing p) {
        return p.lines().stream().map(PricingBodies::line).toList();
    }

    private static LineBody line(PricedContact l) {
        Contact c = l.contact();
        return new LineBody(c.id(), c.date(), Codes.of(c.kind()), Codes.of(c.mode()), Codes.of(c.setting()),
                l.ruleSetId(), l.ruleSetHash(), l.perContactRuleSetId(), l.perContactRuleSetHash(), l.amount().kroner(),
                l.rulesFired().stream().map(r -> new RuleBody(r.name(), r.regulation())).toList(),
                l.components().stream().map(PricingBodies::component).toList(), l.notes());
    }

    private static ComponentBody component(Component c) {
        return new ComponentBody(c.label(), c.rule().name(), factors(c.factors()), c.exact(), c.amount().kroner(),
                c.formula());
    }
}
