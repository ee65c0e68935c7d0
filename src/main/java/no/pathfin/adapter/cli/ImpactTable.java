package no.pathfin.adapter.cli;

import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.workbench.Impact;

/** A rule change over a population of pathways as text: ISF, block grant and income, who gains, and why. */
final class ImpactTable {

    private static final String NL = System.lineSeparator();

    private ImpactTable() {
    }

    static String of(Impact impact) {
        Impact.Summary s = impact.summary();
        Impact.Income m = impact.income();
        StringBuilder out = new StringBuilder();
        out.append(impact.baseline()).append(" → ").append(impact.candidate()).append(", ")
                .append(Codes.of(impact.model())).append(", over ").append(impact.population().description())
                .append(" (").append(Format.count(impact.population().count())).append(" pathways)").append(NL);
        out.append("block grant set from ").append(m.plan() == impact.population() ? "the population"
                : m.plan().description()).append(", compensation ").append(Codes.of(m.compensation())).append(NL)
                .append(NL);
        Columns money = new Columns().left("").right("baseline").right("candidate").right("change");
        row(money, "ISF", s.baseline(), s.candidate());
        row(money, "block grant", m.blockGrantBaseline(), m.blockGrantCandidate());
        row(money, "income", m.baseline(), m.candidate());
        out.append(money);
        out.append(Format.count(s.winners())).append(" gain ISF, ").append(Format.count(s.losers())).append(" lose, ")
                .append(Format.count(s.unchanged())).append(" unchanged").append(NL).append(NL);
        out.append(Attributions.of("Which change moved ISF", impact.attribution()));
        out.append(Attributions.of("Which change moved income", m.attribution()));
        Columns pathways = new Columns().left("pathway (largest ISF change first)").right("volume")
                .right("ISF before").right("ISF after").right("ISF change").right("income change");
        for (Impact.PathwayImpact p : impact.pathways()) {
            pathways.row(p.pathwayId(), Format.count(p.volume()), Format.kr(p.baseline()), Format.kr(p.candidate()),
                    Format.change(p.difference()), Format.change(p.incomeDifference()));
        }
        out.append(pathways).append("(income of one pathway: its ISF + the block grant per planned pathway)").append(NL);
        out.append(NL).append("by setting").append(NL).append(splits(impact.bySetting()));
        out.append("by mode").append(NL).append(splits(impact.byMode()));
        if (!impact.rulesChanged().isEmpty()) {
            out.append(NL).append("rules that fired differently").append(NL);
            for (Impact.RulesChanged r : impact.rulesChanged()) {
                out.append("  ").append(r.pathwayId()).append(' ').append(r.contactId()).append(": no longer ")
                        .append(r.onlyBaseline()).append("; now ").append(r.onlyCandidate()).append(NL);
            }
        }
        return out.toString();
    }

    private static void row(Columns table, String name, Money before, Money after) {
        table.row(name, Format.kr(before), Format.kr(after), Format.change(after.minus(before)));
    }

    private static Columns splits(java.util.List<Impact.Split> splits) {
        Columns table = new Columns().indent("  ").left("").right("ISF change");
        splits.forEach(x -> table.row(x.key(), Format.change(x.difference())));
        return table;
    }
}
