package no.pathfin.application.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.pricing.ContactLines;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.domain.Money;
import no.pathfin.domain.Setting;
import no.pathfin.domain.costing.ContactCost;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.projection.ProjectionScenario;

/**
 * One year's rules applied once to every contact profile the year needs (line amount, points, unit cost, personnel
 * minutes), then to the year's expected contacts, summed per trust and scheme: the lines of a projected year.
 */
final class PricedYear {

    /** A trust's contacts of one profile (the trust by the index of its first hospital cell). */
    record Cell(int hospital, ContactProfile profile) {
    }

    private final RuleSet rules;
    private final Map<ContactProfile, Money> amounts = new HashMap<>();
    private final Map<ContactProfile, BigDecimal> points = new HashMap<>();
    private final Map<ContactProfile, Money> costs = new HashMap<>();
    private final Map<ContactProfile, BigDecimal> minutes = new HashMap<>();

    PricedYear(RuleSet rules, List<ContactProfile> profiles, DecisionCache decisions) {
        this.rules = rules;
        List<List<RuleOutcome>> decided = decisions.contacts(rules, rules.parameters(), profiles);
        for (int p = 0; p < profiles.size(); p++) {
            ContactProfile profile = profiles.get(p);
            amounts.put(profile, ContactLines.amount(rules.info(), decided.get(p)));
            points.put(profile, ContactLines.points(decided.get(p)));
            ContactCost cost = rules.costs().cost("profile", profile, rules.parameters().weights());
            costs.put(profile, cost.amount());
            minutes.put(profile, cost.minutes().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    List<Projection.Line> lines(int year, ProjectionScenario scenario, RuleSet baseRules, List<String> hospitals,
                                List<String> regions, Map<Cell, BigDecimal> base, Map<Cell, BigDecimal> previous,
                                Map<Cell, BigDecimal> expected) {
        Map<String, Sums> sums = new TreeMap<>();
        expected.forEach((cell, n) -> {
            Sums s = sums(sums, cell, hospitals, regions);
            s.contacts = s.contacts.add(n);
            s.points = s.points.add(points.get(cell.profile()).multiply(n));
            s.isf = s.isf.add(amounts.get(cell.profile()).kroner().multiply(n));
            s.cost = s.cost.add(costs.get(cell.profile()).kroner().multiply(n));
            s.minutes = s.minutes.add(minutes.get(cell.profile()).multiply(n));
        });
        base.forEach((cell, n) -> {
            Sums s = sums(sums, cell, hospitals, regions);
            s.basePoints = s.basePoints.add(points.get(cell.profile()).multiply(n));
        });
        previous.forEach((cell, n) -> {
            Sums s = sums(sums, cell, hospitals, regions);
            s.previousPoints = s.previousPoints.add(points.get(cell.profile()).multiply(n));
        });
        BigDecimal funded = scenario.demographyFunded().value();
        BigDecimal hoursPerFte = scenario.hoursPerFte().value();
        List<Projection.Line> lines = new ArrayList<>();
        for (Sums s : sums.values()) {
            BigDecimal planned = s.basePoints.add(funded.multiply(s.previousPoints.subtract(s.basePoints)));
            var tariff = rules.parameters().tariff(s.scheme);
            Money grant = Money.rounded(BigDecimal.ONE.subtract(tariff.isfShare()).multiply(tariff.unitPrice())
                    .multiply(planned));
            BigDecimal hours = s.minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            BigDecimal index = tariff.unitPrice().divide(baseRules.parameters().tariff(s.scheme).unitPrice(),
                    ProjectFinancing.RATIO_SCALE, RoundingMode.HALF_EVEN);
            lines.add(new Projection.Line(year, s.region, s.hospital, s.scheme, s.contacts, s.points, planned,
                    Money.rounded(s.isf), grant, Money.rounded(s.cost), hours,
                    hours.divide(hoursPerFte, 2, RoundingMode.HALF_UP), index));
        }
        return lines;
    }

    private static Sums sums(Map<String, Sums> sums, Cell cell, List<String> hospitals, List<String> regions) {
        Setting scheme = cell.profile().setting();
        return sums.computeIfAbsent(hospitals.get(cell.hospital()) + "\u0000" + scheme.name(),
                k -> new Sums(regions.get(cell.hospital()), hospitals.get(cell.hospital()), scheme));
    }

    /** A trust's scheme as a year is summed (exact). */
    private static final class Sums {
        final String region;
        final String hospital;
        final Setting scheme;
        BigDecimal contacts = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal basePoints = BigDecimal.ZERO;
        BigDecimal previousPoints = BigDecimal.ZERO;
        BigDecimal isf = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal minutes = BigDecimal.ZERO;

        Sums(String region, String hospital, Setting scheme) {
            this.region = region;
            this.hospital = hospital;
            this.scheme = scheme;
        }
    }
}
