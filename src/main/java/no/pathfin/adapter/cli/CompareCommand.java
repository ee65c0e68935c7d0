package no.pathfin.adapter.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.adapter.json.bodies.ComparisonBodies;
import no.pathfin.application.financing.CompareIncome;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.CompareVariants;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the variants of a pathway family across rule sets and financing models.")
final class CompareCommand implements Callable<Integer> {

    private final Supplier<SelectPathways> select;
    private final Supplier<CompareVariants> compareVariants;
    private final Supplier<RuleSets> ruleSets;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FAMILY", description = "pathway family, e.g. hip-replacement")
    String family;

    @Option(names = "--rule-sets", split = ",", paramLabel = "ID",
            description = "rule sets (default: ${DEFAULT-VALUE})", defaultValue = "isf-2019,isf-2020,isf-2024")
    List<String> ruleSetIds;

    @Option(names = "--models", split = ",", paramLabel = "MODEL",
            description = "financing models: per-contact, bundle, period (default: ${DEFAULT-VALUE})", defaultValue = "per-contact,bundle")
    List<String> models;

    @Option(names = "--variants", split = ",", paramLabel = "VARIANT", description = "only these variants (default: all)")
    List<String> variants;

    @Option(names = "--baseline", paramLabel = "VARIANT", description = "variant the others are measured against (default: the first)")
    String baseline;

    @Option(names = "--money", description = "also the whole money of each variant: ISF, block grant, income, cost,"
            + " margin, marginal margin and personnel hours, over a plan (one of each variant, or --volume)")
    boolean money;

    @Option(names = "--volume", paramLabel = "VARIANT=N", description = "the plan for --money: N pathways a year of"
            + " this variant (or pathway id), repeatable; default: one of each variant")
    Map<String, Long> volumes;

    @Option(names = "--json", description = "print the JSON the API answers (POST /api/v1/comparisons, the"
            + " whole money included) instead of a table")
    boolean json;

    private final Supplier<CompareIncome> compareIncome;

    CompareCommand(Supplier<SelectPathways> select, Supplier<CompareVariants> compareVariants,
                   Supplier<CompareIncome> compareIncome, Supplier<RuleSets> ruleSets) {
        this.select = select;
        this.compareVariants = compareVariants;
        this.compareIncome = compareIncome;
        this.ruleSets = ruleSets;
    }

    @Override
    public Integer call() {
        List<Pathway> chosen;
        try {
            chosen = select.get().select(SelectPathways.Selection.family(family, variants));
        } catch (InvalidRequestException e) {
            throw e.field().equals("family")
                    ? new InvalidRequestException("family", e.getMessage().substring(8) + "; known: " + select.get().families())
                    : e;
        }
        List<FinancingModel> financing = models.stream().map(m -> Cli.model("models", m)).toList();
        if (money || volumes != null || json) {
            FinancedComparison financed = compareIncome.get().compare(chosen, ruleSetIds, financing, baseline,
                    ParameterChanges.NONE, volumes);
            spec.commandLine().getOut().print(json
                    ? Json.write(ComparisonBodies.comparison(financed, null)) + System.lineSeparator()
                    : ComparisonTable.of(family, financed.comparison(), ruleSets.get()) + ComparisonTable.money(financed));
            return 0;
        }
        Comparison comparison = compareVariants.get().compare(chosen, ruleSetIds, financing, baseline);
        spec.commandLine().getOut().print(ComparisonTable.of(family, comparison, ruleSets.get()));
        return 0;
    }
}
