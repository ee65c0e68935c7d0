package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import no.pathfin.application.InvalidRequestException;
import no.pathfin.application.Pathfin;
import no.pathfin.domain.FinancingModel;
import no.pathfin.domain.PathwayFixture;
import no.pathfin.domain.PathwayPricing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Price one pathway, every contact's line with its explanation.")
final class PriceCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATHWAY", description = "pathway id, e.g. hip-replacement-A")
    String pathwayId;

    @Option(names = "--rule-set", paramLabel = "ID", description = "price every contact with this rule set (default: by each contact's date)")
    String ruleSet;

    @Option(names = "--model", paramLabel = "MODEL", description = "per-contact or bundle (default: ${DEFAULT-VALUE})",
            defaultValue = "per-contact")
    String model;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Pathfin pathfin = cli.open();
        PathwayFixture fixture = pathfin.pathways().byId(pathwayId).orElseThrow(() -> new InvalidRequestException(
                "pathway", "no pathway '" + pathwayId + "'; see 'pathfin pathways'"));
        FinancingModel financing = Cli.model("model", model);
        PathwayPricing pricing = pathfin.pricePathway().price(fixture.pathway(), financing, ruleSet);
        spec.commandLine().getOut().print(json ? Json.write(pricing) + System.lineSeparator() : Tables.pricing(pricing));
        return 0;
    }
}
