package no.pathfin.adapter.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.pathfin.application.risk.AssessDesignRisk;
import no.pathfin.application.risk.EpisodeType;
import no.pathfin.application.risk.Question;
import no.pathfin.application.risk.Spread;
import no.pathfin.application.risk.YearRisk;
import no.pathfin.domain.Codes;
import no.pathfin.domain.financing.WholeMoney;

/** The risk of each design as the command line prints it: the year per design, each episode, the sensitivity. */
final class RiskTable {

    private static final String NL = System.lineSeparator();

    private RiskTable() {
    }

    static String of(AssessDesignRisk.DesignRisk risk) {
        Question q = risk.question();
        YearRisk first = risk.designs().get(0).year();
        StringBuilder out = new StringBuilder();
        out.append(Format.count(q.episodes())).append(" episodes a year under ").append(q.ruleSet()).append(", drawn from ")
                .append(String.join(", ", q.pathways().stream().map(p -> p.id() + " " + share(q.shares().get(p.id())))
                        .toList())).append(NL);
        out.append(first.method().equals("exact") ? "Exact: every way the year can fall, with its probability."
                : "Simulated: " + Format.count(first.draws()) + " years drawn with seed " + q.seed()
                + "; standard errors below.").append(NL).append(NL);

        Columns years = header(new Columns().left("design").left("model"));
        for (AssessDesignRisk.DesignYear d : risk.designs()) {
            row(years, d.year(), d.design().label(), Codes.of(d.design().model()));
        }
        out.append(years).append(NL);

        Columns each = new Columns().left("design").left("pathway").right("share").right("ISF or bundle")
                .right("block grant").right("income").right("cost").right("margin");
        for (AssessDesignRisk.DesignYear d : risk.designs()) {
            for (EpisodeType t : d.priced().episodes()) {
                WholeMoney m = d.priced().money().get(t.pathwayId());
                each.row(d.design().label(), t.pathwayId(), share(t.share()), Format.kr(m.isf()),
                        Format.kr(m.blockGrant()), Format.kr(m.income()), Format.kr(m.cost()), Format.kr(m.margin()));
            }
        }
        out.append("One episode of each pathway (kr):").append(NL).append(each);

        if (risk.sensitivity() != null) {
            out.append(NL).append("Sensitivity of ").append(risk.sensitivity().asked().design()).append(" to ")
                    .append(risk.sensitivity().asked().parameter()).append(':').append(NL);
            Columns points = header(new Columns().left("value"));
            for (AssessDesignRisk.Point p : risk.sensitivity().points()) {
                row(points, p.year(), p.value() instanceof BigDecimal d ? Format.quantity(d) : String.valueOf(p.value()));
            }
            out.append(points);
        }
        if (!first.method().equals("exact")) {
            out.append(NL).append("Standard error of the mean income: ").append(Format.amount(first.meanIncomeStandardError()))
                    .append(" kr; of the probability of a loss: ").append(first.lossProbabilityStandardError()
                            .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)).append(" points.").append(NL);
        }
        return out.toString();
    }

    private static Columns header(Columns columns) {
        return columns.right("mean income").right("sd").right("p5").right("p95").right("mean margin").right("sd")
                .right("p5").right("p95").right("P(loss)");
    }

    private static void row(Columns columns, YearRisk year, String... keys) {
        Spread i = year.income();
        Spread m = year.margin();
        List<String> cells = new java.util.ArrayList<>(List.of(keys));
        cells.addAll(List.of(Format.kr(i.mean()), Format.kr(i.standardDeviation()), Format.kr(i.p5()), Format.kr(i.p95()),
                Format.kr(m.mean()), Format.kr(m.standardDeviation()), Format.kr(m.p5()), Format.kr(m.p95()),
                Format.percent(m.probabilityBelowZero().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP))));
        columns.row(cells.toArray(String[]::new));
    }

    private static String share(BigDecimal share) {
        BigDecimal percent = share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
        return Format.percent(percent.scale() < 0 ? percent.setScale(0) : percent);
    }
}
