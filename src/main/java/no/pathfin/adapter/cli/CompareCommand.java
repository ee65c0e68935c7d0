package no.pathfin.adapter.cli;

import java.util.List;
import java.util.concurrent.Callable;
import no.pathfin.application.InvalidRequestException;
import no.pathfin.application.Pathfin;
import no.pathfin.domain.Comparison;
import no.pathfin.domain.FinancingModel;
import no.pathfin.domain.Pathway;
import no.pathfin.domain.PathwayFixture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the variants of a pathway family across rule sets and financing models.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FAMILY", description = "pathway family, e.g. hip-replacement")
    String family;

    @Option(names = "--rule-sets", split = ",", paramLabel = "ID",
            description = "rule sets (default: ${DEFAULT-VALUE})", defaultValue = "isf-2019,isf-2020,isf-2024")
    List<String> ruleSets;

    @Option(names = "--models", split = ",", paramLabel = "MODEL",
            description = "financing models: per-contact, bundle (default: ${DEFAULT-VALUE})", defaultValue = "per-contact,bundle")
    List<String> models;

    @Option(names = "--variants", split = ",", paramLabel = "VARIANT", description = "only these variants (default: all)")
    List<String> variants;

    @Option(names = "--baseline", paramLabel = "VARIANT", description = "variant the others are measured against (default: the first)")
    String baseline;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Pathfin pathfin = cli.open();
        List<PathwayFixture> members = pathfin.pathways().family(family);
        if (members.isEmpty()) {
            throw new InvalidRequestException("family", "no pathway family '" + family + "'; known: "
                    + pathfin.pathways().all().stream().map(f -> f.pathway().family()).distinct().toList());
        }
        List<Pathway> chosen = members.stream().map(PathwayFixture::pathway)
                .filter(p -> variants == null || variants.contains(p.variant())).toList();
        if (chosen.isEmpty()) {
            throw new InvalidRequestException("variants", "none of " + variants + " is a variant of " + family);
        }
        List<FinancingModel> financing = models.stream().map(m -> Cli.model("models", m)).toList();
        Comparison comparison = pathfin.compareVariants().compare(chosen, ruleSets, financing, baseline);
        spec.commandLine().getOut().print(json ? Json.write(comparison) + System.lineSeparator()
                : Tables.comparison(family, comparison, pathfin.ruleSets()));
        return 0;
    }
}
