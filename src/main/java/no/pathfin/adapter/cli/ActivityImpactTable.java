package no.pathfin.adapter.cli;

import java.util.List;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.ActivityImpact;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;

/** A rule change over a year's activity as text: the whole money before and after, by hospital, and why. */
final class ActivityImpactTable {

    private static final String NL = System.lineSeparator();

    private ActivityImpactTable() {
    }

    static String of(ActivityImpact impact) {
        Repricing r = impact.repricing();
        StringBuilder out = new StringBuilder();
        out.append(r.scenarios().get(0).ruleSet().id()).append(" → ").append(label(r.scenarios().get(1), impact))
                .append(", ").append(Codes.of(r.scenarios().get(0).model())).append(", over ")
                .append(impact.population()).append(" (").append(Format.count(r.total().contacts()))
                .append(" contacts; ").append(Format.count(r.badRows())).append(" bad rows left out)").append(NL);
        out.append("block grant set from ").append(r.money().plan()).append(", ").append(Codes.of(impact.compensation()))
                .append(" compensation").append(NL).append(NL);
        List<ActivityMoney.Figures> total = impact.total();
        Columns money = new Columns().left("").right("baseline").right("candidate").right("change");
        row(money, "ISF", total.get(0).isf(), total.get(1).isf());
        row(money, "block grant", total.get(0).blockGrant(), total.get(1).blockGrant());
        row(money, "income", total.get(0).income(), total.get(1).income());
        row(money, "cost", total.get(0).cost(), total.get(1).cost());
        row(money, "margin", total.get(0).margin(), total.get(1).margin());
        out.append(money).append(NL);
        out.append(Attributions.of("Which change moved ISF", impact.isfAttribution()));
        out.append(Attributions.of("Which change moved income", impact.incomeAttribution()));
        out.append("by hospital, the largest change of income first").append(NL);
        Columns hospitals = new Columns().indent("  ").left("hospital").right("contacts").right("ISF change")
                .right("grant change").right("income change");
        for (ActivityImpact.Hospital h : impact.byHospital()) {
            hospitals.row(h.hospital(), Format.count(h.contacts()),
                    Format.change(h.candidate().isf().minus(h.baseline().isf())),
                    Format.change(h.candidate().blockGrant().minus(h.baseline().blockGrant())),
                    Format.change(h.incomeDifference()));
        }
        out.append(hospitals);
        out.append(NL).append("block grant, ").append(r.money().basis()).append(NL)
                .append("(each hospital's schemes in --json)").append(NL);
        return out.toString();
    }

    private static String label(Repricing.Scenario candidate, ActivityImpact impact) {
        return candidate.ruleSet().id() + (impact.overrides().isEmpty() ? "" : " with overrides");
    }

    private static void row(Columns table, String name, Money before, Money after) {
        table.row(name, Format.kr(before), Format.kr(after), Format.change(after.minus(before)));
    }
}
