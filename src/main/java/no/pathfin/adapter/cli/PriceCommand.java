package no.pathfin.adapter.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.adapter.json.bodies.PricingBodies;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.PathwayPricing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Price one pathway, every contact's line with its explanation.")
final class PriceCommand implements Callable<Integer> {

    private final Supplier<SelectPathways> select;
    private final Supplier<PricePathway> pricePathway;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATHWAY", description = "pathway id, e.g. hip-replacement-A")
    String pathwayId;

    @Option(names = "--rule-set", paramLabel = "ID", description = "price every contact with this rule set (default: by each contact's date)")
    String ruleSet;

    @Option(names = "--model", paramLabel = "MODEL", description = "per-contact, bundle or period (default: ${DEFAULT-VALUE})",
            defaultValue = "per-contact")
    String model;

    @Option(names = "--json", description = "print the JSON the API answers (POST /api/v1/pricings) instead of a table")
    boolean json;

    PriceCommand(Supplier<SelectPathways> select, Supplier<PricePathway> pricePathway) {
        this.select = select;
        this.pricePathway = pricePathway;
    }

    @Override
    public Integer call() {
        Pathway pathway;
        try {
            pathway = select.get().byId(pathwayId, "pathway");
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.field(), "no pathway '" + pathwayId + "'; see 'pathfin pathways'");
        }
        PathwayPricing pricing = pricePathway.get().price(pathway, Cli.model("model", model), ruleSet);
        spec.commandLine().getOut().print(json ? Json.write(PricingBodies.pricing(pricing, null)) + System.lineSeparator() : PricingTable.of(pricing));
        return 0;
    }
}
