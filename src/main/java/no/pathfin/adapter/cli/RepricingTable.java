package no.pathfin.adapter.cli;

import java.util.List;
import no.pathfin.domain.Codes;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.financing.Compensation;

/** A repricing of an activity file as text: rows read, totals per scenario, by setting, the whole money, and why. */
final class RepricingTable {

    private static final String NL = System.lineSeparator();

    private RepricingTable() {
    }

    static String of(Repricing r, Compensation compensation) {
        StringBuilder out = new StringBuilder();
        out.append(Format.count(r.rows() + r.badRows())).append(" rows read, ").append(Format.count(r.badRows()))
                .append(" bad (skipped and counted), ")
                .append(Format.count(r.cells().stream().map(Repricing.Cell::profile).distinct().count()))
                .append(" distinct contact profiles priced by the rules").append(NL);
        for (Repricing.BadRow bad : r.firstBadRows()) {
            out.append("  line ").append(Format.count(bad.line())).append(": ").append(bad.reason()).append(NL);
        }
        Repricing.Line total = r.total();
        Columns totals = new Columns().left("rule set").right("total kr").right("vs baseline");
        for (int i = 0; i < r.scenarios().size(); i++) {
            totals.row(r.scenarios().get(i).label(), Format.kr(total.amounts().get(i)),
                    i == 0 ? "" : Format.change(total.difference(i)));
        }
        out.append(NL).append(totals);
        Columns settings = new Columns().indent("  ").left("setting").right("contacts")
                .right(r.scenarios().get(0).label()).right(r.scenarios().get(1).label());
        for (Repricing.Line line : r.breakdown(Repricing.Dimension.SETTING)) {
            settings.row(line.key(), Format.count(line.contacts()), Format.kr(line.amounts().get(0)),
                    Format.kr(line.amounts().get(1)));
        }
        out.append(NL).append("by setting").append(NL).append(settings);
        List<ActivityMoney.Figures> money = r.money().total(r.scenarios().size());
        out.append(NL).append("the whole money, block grant set from ").append(r.money().plan()).append(" (")
                .append(Codes.of(compensation)).append(" compensation; see whole-money-by-hospital-scheme.csv)")
                .append(NL);
        Columns whole = new Columns().indent("  ").left("rule set").right("ISF").right("block grant").right("income")
                .right("cost").right("margin");
        for (int i = 0; i < r.scenarios().size(); i++) {
            ActivityMoney.Figures f = money.get(i);
            whole.row(r.scenarios().get(i).label(), Format.kr(f.isf()), Format.kr(f.blockGrant()),
                    Format.kr(f.income()), Format.kr(f.cost()), Format.kr(f.margin()));
        }
        out.append(whole);
        r.attribution().forEach((key, split) -> out.append(NL).append(Attributions.of("which change moved "
                + (key.equals("income") ? "income (ISF + the block grant, " + Codes.of(compensation)
                + " compensation)" : "ISF, " + key), split)));
        return out.toString();
    }
}
