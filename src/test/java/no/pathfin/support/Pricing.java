package no.pathfin.support;

import java.util.List;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.pricing.RuleRef;

/** Shortcuts for pricing through the real engine in tests. */
public final class Pricing {

    private Pricing() {
    }

    public static PathwayPricing perContact(Pathway pathway, String ruleSet) {
        return TestPathfin.get().pricePathway().price(pathway, FinancingModel.PER_CONTACT, ruleSet);
    }

    public static PathwayPricing bundle(Pathway pathway, String ruleSet) {
        return TestPathfin.get().pricePathway().price(pathway, FinancingModel.BUNDLE, ruleSet);
    }

    public static PathwayPricing period(Pathway pathway, String ruleSet) {
        return TestPathfin.get().pricePathway().price(pathway, FinancingModel.PERIOD, ruleSet);
    }

    /** One contact, priced alone per contact under the named rule set. */
    public static PricedContact line(Contacts contact, String ruleSet) {
        return perContact(Contacts.pathway("single", contact), ruleSet).lines().get(0);
    }

    public static Money kr(String amount) {
        return Money.of(amount);
    }

    public static List<String> fired(PricedContact line) {
        return line.rulesFired().stream().map(RuleRef::name).toList();
    }
}
