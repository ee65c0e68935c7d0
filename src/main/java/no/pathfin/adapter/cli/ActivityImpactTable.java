package no.pathfin.adapter.cli;

import java.util.List;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.batch.ActivityImpact;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.workbench.Attribution;

/** A rule change over a year's activity as text: the whole money before and after, by hospital, and why. */
final class ActivityImpactTable {

    private static final String NL = System.lineSeparator();

    private ActivityImpactTable() {
    }

    static String of(ActivityImpact impact) {
        Repricing r = impact.repricing();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s → %s, %s, over %s (%,d contacts; %,d bad rows left out)%n",
                r.scenarios().get(0).ruleSet().id(), label(r.scenarios().get(1), impact),
                Codes.of(r.scenarios().get(0).model()), impact.population(), r.total().contacts(), r.badRows()));
        out.append(String.format("block grant set from %s, %s compensation%n%n", r.money().plan(),
                Codes.of(impact.compensation())));
        List<ActivityMoney.Figures> total = impact.total();
        out.append(String.format("%-14s %20s %20s %18s%n", "", "baseline", "candidate", "change"));
        row(out, "ISF", total.get(0).isf(), total.get(1).isf());
        row(out, "block grant", total.get(0).blockGrant(), total.get(1).blockGrant());
        row(out, "income", total.get(0).income(), total.get(1).income());
        row(out, "cost", total.get(0).cost(), total.get(1).cost());
        row(out, "margin", total.get(0).margin(), total.get(1).margin());
        out.append(NL);
        attribution(out, "Which change moved ISF", impact.isfAttribution());
        attribution(out, "Which change moved income", impact.incomeAttribution());
        out.append("by hospital, the largest change of income first").append(NL);
        out.append(String.format("  %-22s %12s %16s %16s %16s%n", "hospital", "contacts", "ISF change",
                "grant change", "income change"));
        for (ActivityImpact.Hospital h : impact.byHospital()) {
            out.append(String.format("  %-22s %12s %16s %16s %16s%n", h.hospital(), String.format("%,d", h.contacts()),
                    kr(h.candidate().isf().minus(h.baseline().isf())),
                    kr(h.candidate().blockGrant().minus(h.baseline().blockGrant())), kr(h.incomeDifference())));
        }
        out.append(NL).append("block grant, ").append(r.money().basis()).append(NL)
                .append("(each hospital's schemes in --json)").append(NL);
        return out.toString();
    }

    private static String label(Repricing.Scenario candidate, ActivityImpact impact) {
        return candidate.ruleSet().id() + (impact.overrides().isEmpty() ? "" : " with overrides");
    }

    private static void row(StringBuilder out, String name, Money before, Money after) {
        out.append(String.format("%-14s %20s %20s %18s%n", name, kr(before), kr(after), kr(after.minus(before))));
    }

    private static void attribution(StringBuilder out, String title, Attribution.Result attribution) {
        if (attribution == null) {
            return;
        }
        out.append(title).append(" (").append(attribution.method()).append(')').append(NL);
        for (Attribution.Contribution c : attribution.contributions()) {
            out.append(String.format("  %-36s %18s  %s%n", c.item(), kr(c.amount()), c.description()));
        }
        out.append(String.format("  %-36s %18s%n%n", "total", kr(attribution.total())));
    }

    private static String kr(Money money) {
        return Numbers.grouped(money.kroner());
    }
}
