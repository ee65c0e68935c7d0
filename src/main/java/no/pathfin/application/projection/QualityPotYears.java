package no.pathfin.application.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.Codes;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.Money;
import no.pathfin.domain.projection.Projection;
import no.pathfin.domain.quality.QualityIndicators;
import no.pathfin.domain.quality.QualityShares;
import no.pathfin.domain.quality.ShareQualityPot;
import no.pathfin.domain.ruleset.QualityCategory;
import no.pathfin.domain.ruleset.QualityPot;

/**
 * Each projected trust's share of each year's quality pot: the pot of the year's rule set, shared among every trust
 * of the scenario's indicator table by {@link ShareQualityPot} (so a trust's share does not depend on which trusts the
 * activity holds). A trust of the activity without indicator points gets nothing; a year whose rule set holds no pot
 * has no quality pot.
 */
final class QualityPotYears {

    private QualityPotYears() {
    }

    static List<Projection.QualityLine> lines(QualityIndicators indicators, Map<Integer, RuleSet> rules,
                                              List<String> hospitals, List<String> regions) {
        if (indicators == null) {
            return List.of();
        }
        Map<String, String> trusts = new TreeMap<>();
        for (int h = 0; h < hospitals.size(); h++) {
            trusts.put(hospitals.get(h), regions.get(h));
        }
        Map<QualityPot, QualityShares> shared = new HashMap<>();
        List<Projection.QualityLine> lines = new ArrayList<>();
        rules.forEach((year, r) -> r.parameters().qualityPot().ifPresent(pot -> {
            QualityShares shares = shared.computeIfAbsent(pot, p -> share(p, indicators, r, year));
            trusts.forEach((hospital, region) -> {
                Money amount = shares.amountOf(hospital);
                String working = shares.of(hospital).map(QualityShares.Share::working)
                        .orElse("no indicator points in " + indicators.name() + ": nothing");
                lines.add(new Projection.QualityLine(year, region, hospital, r.info().id(), amount, working));
            });
        }));
        return lines;
    }

    private static QualityShares share(QualityPot pot, QualityIndicators indicators, RuleSet r, int year) {
        try {
            return ShareQualityPot.share(pot, indicators);
        } catch (InvalidValue e) {
            throw new InvalidRequestException("qualityIndicators", e.getMessage() + " (the quality pot of "
                    + r.info().id() + ", " + year + ")");
        }
    }

    /** The basis in words: which pot (its figures and sources), shared how, among whom, from which points. */
    static String basis(QualityIndicators indicators, Map<Integer, RuleSet> rules) {
        if (indicators == null) {
            return "no quality pot (the scenario names no quality indicators)";
        }
        long trusts = indicators.rows().stream().map(r -> r.hospital()).distinct().count();
        Map<String, String> pots = new java.util.LinkedHashMap<>();
        rules.values().forEach(r -> pots.putIfAbsent(r.info().id(), r.parameters().qualityPot().map(QualityPotYears::shown)
                .orElse("no pot")));
        List<String> each = new ArrayList<>();
        pots.forEach((id, pot) -> each.add(id + ": " + pot));
        return "quality pot per trust: the year's rule set's pot (" + String.join("; ", each) + ") shared among the "
                + trusts + " trusts of " + indicators.name() + ", " + ShareQualityPot.RULE + "; points: "
                + String.join("; ", indicators.sources());
    }

    /** {@code 566 400 000 kr, results 0.50, process 0.30, patient experience 0.20 (HIGH: …)}. */
    private static String shown(QualityPot pot) {
        List<String> weights = new ArrayList<>();
        for (QualityCategory c : QualityCategory.values()) {
            weights.add(Codes.of(c).replace('-', ' ') + " " + pot.weight(c).toPlainString());
        }
        List<String> sources = new ArrayList<>(new java.util.LinkedHashSet<>(pot.sources().values()));
        return Numbers.grouped(pot.amount()) + " kr, " + String.join(", ", weights) + " (" + String.join("; ", sources)
                + ")";
    }
}
