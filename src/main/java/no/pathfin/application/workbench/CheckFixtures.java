package no.pathfin.application.workbench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.workbench.FixtureApproval;
import no.pathfin.domain.workbench.PathwayFixture;

/**
 * Fixtures as the test bench of rules: which stated figures a rule set (or a candidate standing in for it) breaks,
 * and, after review, the figures re-approved in place with their working. Nothing is rewritten except by approve.
 */
public final class CheckFixtures {

    /**
     * A stated figure and what the rules now give: a contact line or a total in kroner, or a difference in kroner or
     * in percent of the first rule set's figure.
     */
    public record Finding(PathwayFixture fixture, int expectation, String label, String item, BigDecimal expected,
                          BigDecimal actual, boolean percent) {
        public boolean holds() {
            return expected.compareTo(actual) == 0;
        }

        /** What the rules now give less what is stated. */
        public BigDecimal difference() {
            return actual.subtract(expected);
        }
    }

    /**
     * Begins every working that approval writes, so a reader can tell the program's own formula from arithmetic worked
     * by hand; the arithmetic after it is unchanged, and still re-checked like any other.
     */
    public static final String APPROVED = "approved from the rules: ";

    private final PathwayCatalog catalog;
    private final PricePathway pricePathway;

    public CheckFixtures(PathwayCatalog catalog, PricePathway pricePathway) {
        this.catalog = catalog;
        this.pricePathway = pricePathway;
    }

    /** @param standIn rule sets to price with instead of those the fixtures name (e.g. isf-2024 → a candidate) */
    public List<Finding> check(Map<String, String> standIn) {
        List<Finding> findings = new ArrayList<>();
        for (PathwayFixture fixture : catalog.all()) {
            findings.addAll(check(fixture, standIn));
        }
        return findings;
    }

    /** The fixtures, in the order {@link #check(Map)} checks them. */
    public List<PathwayFixture> fixtures() {
        return catalog.all();
    }

    /** The stated figures of one fixture. */
    public List<Finding> check(PathwayFixture fixture, Map<String, String> standIn) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < fixture.expectations().size(); i++) {
            PathwayFixture.Expectation e = fixture.expectations().get(i);
            PathwayPricing pricing = price(fixture, e, standIn);
            int index = i;
            e.lines().forEach((contact, amount) -> findings.add(finding(fixture, index, e.label(), contact, amount,
                    pricing.line(contact).amount())));
            findings.add(finding(fixture, i, e.label(), "total", e.total(), pricing.total()));
        }
        for (PathwayFixture.ExpectedDifference d : fixture.differences()) {
            findings.add(difference(fixture, d, standIn));
        }
        return findings;
    }

    /**
     * The figures the rules now give for every expectation that prices with the given rule set, each with its working
     * marked {@link #APPROVED}.
     */
    public List<FixtureApproval> approvals(String ruleSet, Map<String, String> standIn) {
        List<FixtureApproval> approvals = new ArrayList<>();
        for (PathwayFixture fixture : catalog.all()) {
            for (int i = 0; i < fixture.expectations().size(); i++) {
                PathwayFixture.Expectation e = fixture.expectations().get(i);
                if (!ruleSet.equals(e.ruleSet())) {
                    continue;
                }
                PathwayPricing pricing = price(fixture, e, standIn);
                Map<String, FixtureApproval.Figure> lines = new LinkedHashMap<>();
                for (PricedContact line : pricing.lines()) {
                    if (e.lines().containsKey(line.contact().id())) {
                        lines.put(line.contact().id(), new FixtureApproval.Figure(line.amount(), APPROVED + working(line)));
                    }
                }
                String sum = pricing.lines().stream().map(l -> Numbers.grouped(l.amount().kroner()))
                        .collect(Collectors.joining(" + ")) + " = " + Numbers.grouped(pricing.total().kroner());
                approvals.add(new FixtureApproval(fixture, i, lines, new FixtureApproval.Figure(pricing.total(),
                        APPROVED + sum)));
            }
        }
        return approvals;
    }

    /** Writes approvals into the fixture files; returns what changed, one line per figure. */
    public List<String> approve(List<FixtureApproval> approvals) {
        List<String> changed = new ArrayList<>();
        for (FixtureApproval a : approvals) {
            PathwayFixture.Expectation e = a.fixture().expectations().get(a.expectation());
            a.lines().forEach((contact, figure) -> {
                if (!figure.amount().equals(e.lines().get(contact))) {
                    changed.add(a.fixture().file() + " " + e.label() + " " + contact + ": "
                            + Numbers.grouped(e.lines().get(contact).kroner()) + " → "
                            + Numbers.grouped(figure.amount().kroner()));
                }
            });
            if (!a.total().amount().equals(e.total())) {
                changed.add(a.fixture().file() + " " + e.label() + " total: " + Numbers.grouped(e.total().kroner())
                        + " → " + Numbers.grouped(a.total().amount().kroner()));
            }
            catalog.approve(a);
        }
        return changed;
    }

    private PathwayPricing price(PathwayFixture fixture, PathwayFixture.Expectation e, Map<String, String> standIn) {
        String ruleSet = e.ruleSet() == null ? null : standIn.getOrDefault(e.ruleSet(), e.ruleSet());
        return pricePathway.price(fixture.pathway(), e.model(), ruleSet);
    }

    private Finding difference(PathwayFixture fixture, PathwayFixture.ExpectedDifference d, Map<String, String> standIn) {
        Money from = total(pricePathway.price(fixture.pathway(), d.model(), standIn.getOrDefault(d.from(), d.from())), d);
        Money to = total(pricePathway.price(fixture.pathway(), d.model(), standIn.getOrDefault(d.to(), d.to())), d);
        BigDecimal change = to.minus(from).kroner();
        if (d.amount() != null) {
            return new Finding(fixture, -1, d.label(), "difference", d.amount(), change, false);
        }
        BigDecimal percent = from.isZero() ? BigDecimal.ZERO
                : change.multiply(BigDecimal.valueOf(100)).divide(from.kroner(), 2, RoundingMode.HALF_UP);
        return new Finding(fixture, -1, d.label(), "difference", d.percent(), percent, true);
    }

    private static Money total(PathwayPricing pricing, PathwayFixture.ExpectedDifference d) {
        return pricing.lines().stream().filter(l -> d.setting() == null || l.contact().setting() == d.setting())
                .map(PricedContact::amount).reduce(Money.ZERO, Money::plus);
    }

    private static Finding finding(PathwayFixture fixture, int expectation, String label, String item, Money expected,
                                   Money actual) {
        return new Finding(fixture, expectation, label, item, expected.kroner(), actual.kroner(), false);
    }

    /** The arithmetic of a line, for a reader: each component's formula, or why it earns nothing. */
    static String working(PricedContact line) {
        if (line.components().isEmpty()) {
            return "0 (" + String.join("; ", line.notes()) + ")";
        }
        String parts = line.components().stream().map(Component::formula).collect(Collectors.joining("; "));
        return line.components().size() == 1 ? parts : parts + "; " + line.components().stream()
                .map(c -> Numbers.grouped(c.amount().kroner())).collect(Collectors.joining(" + ")) + " = "
                + Numbers.grouped(line.amount().kroner());
    }
}
