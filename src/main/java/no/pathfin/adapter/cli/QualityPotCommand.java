package no.pathfin.adapter.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Money;
import no.pathfin.domain.quality.QualityIndicators;
import no.pathfin.domain.quality.QualityShares;
import no.pathfin.domain.quality.ShareQualityPot;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.QualityCategory;
import no.pathfin.domain.ruleset.QualityPot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quality-pot", mixinStandardHelpOptions = true,
        description = "Share a rule set's quality pot (quality-based financing) among the health trusts of a table"
                + " of quality indicator points: each trust's amount, its points and the arithmetic.")
final class QualityPotCommand implements Callable<Integer> {

    private final Supplier<RuleSets> ruleSets;
    private final Cli.ActivityFiles files;

    @Spec
    CommandSpec spec;

    @Option(names = "--rule-set", required = true, paramLabel = "ID", description = "a rule set that holds a pot")
    String ruleSet;

    @Option(names = "--indicators", required = true, paramLabel = "FILE",
            description = "hospital,category,points,source (e.g. scenarios/quality-indicators-illustrative.csv)")
    Path indicators;

    QualityPotCommand(Supplier<RuleSets> ruleSets, Cli.ActivityFiles files) {
        this.ruleSets = ruleSets;
        this.files = files;
    }

    @Override
    public Integer call() {
        RuleSet r = ruleSets.get().byId(ruleSet).orElseThrow(() -> new InvalidRequestException("--rule-set",
                "unknown rule set '" + ruleSet + "'"));
        QualityPot pot = r.parameters().qualityPot().orElseThrow(() -> new InvalidRequestException("--rule-set",
                ruleSet + " holds no quality pot"));
        QualityIndicators points = files.indicators(indicators);
        QualityShares shares;
        try {
            shares = ShareQualityPot.share(pot, points);
        } catch (InvalidValue e) {
            throw new InvalidRequestException("--indicators", e.getMessage());
        }
        Columns table = new Columns().left("health trust");
        for (QualityCategory c : QualityCategory.values()) {
            table.right(no.pathfin.domain.Codes.of(c).replace('-', ' '));
        }
        table.right("amount");
        for (QualityShares.Share s : shares.shares()) {
            String[] row = new String[QualityCategory.values().length + 2];
            row[0] = s.hospital();
            for (QualityCategory c : QualityCategory.values()) {
                row[c.ordinal() + 1] = Format.quantity(s.points().getOrDefault(c, java.math.BigDecimal.ZERO));
            }
            row[row.length - 1] = Format.kr(s.amount());
            table.row(row);
        }
        Money total = shares.shares().stream().map(QualityShares.Share::amount).reduce(Money.ZERO, Money::plus);
        var out = spec.commandLine().getOut();
        out.printf("%s: quality pot %s kr (%s)%n%n", ruleSet, Format.kr(shares.pot()),
                pot.sourceOf(ParameterField.QUALITY_POT_AMOUNT));
        out.print(table);
        out.printf("%ntotal %s kr over %d trusts; %s%n", Format.kr(total), shares.shares().size(), ShareQualityPot.RULE);
        shares.shares().forEach(s -> out.printf("%s: %s%n", s.hospital(), s.working()));
        return 0;
    }
}
