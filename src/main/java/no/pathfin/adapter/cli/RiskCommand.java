package no.pathfin.adapter.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.adapter.json.bodies.DesignRiskBodies;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.risk.AssessDesignRisk;
import no.pathfin.application.risk.Design;
import no.pathfin.application.risk.Question;
import no.pathfin.application.risk.Sensitivity;
import no.pathfin.domain.pathway.Pathway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "The risk each payment design puts on a hospital: the spread of its yearly income and margin"
                + " (mean, standard deviation, 5th and 95th percentile, probability of a loss) with a number of"
                + " episodes a year drawn from a mix of pathways, under each design, and its sensitivity to one parameter.")
final class RiskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mix", required = true, split = ",", paramLabel = "PATHWAY=SHARE",
            description = "the pathways a hospital's episodes are drawn from, with their shares (adding up to 1),"
                    + " e.g. hip-replacement-A=0.85,hip-replacement-D-check-call=0.10,hip-replacement-F-early-revision=0.05")
    Map<String, BigDecimal> mix;

    @Option(names = "--episodes", required = true, paramLabel = "N", description = "episodes a year (1 to 20 000)")
    int episodes;

    @Option(names = "--rule-set", paramLabel = "ID", defaultValue = "isf-2024", description = "(default: ${DEFAULT-VALUE})")
    String ruleSet;

    @Option(names = "--design", paramLabel = "LABEL=MODEL[;PARAMETER=VALUE...]",
            description = "a design, repeatable: a label, a financing model and parameters set to other values, e.g."
                    + " \"bundle at 40 000=bundle;bundles.hip-replacement-bundle.price=40000\" (default: each model"
                    + " as the rule set holds it)")
    List<String> designs;

    @Option(names = "--vary", paramLabel = "PARAMETER=V1,V2,...", description = "set one parameter of a design to each"
            + " value in turn, e.g. bundles.hip-replacement-bundle.price=40000,43749,46000")
    String vary;

    @Option(names = "--vary-design", paramLabel = "LABEL", description = "the design --vary changes (default: the last design whose"
            + " model reads the parameter: a bundle's under bundle, a period payment's under period; else the last)")
    String varyDesign;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "of a simulation (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the JSON the API answers (POST /api/v1/design-risk) instead of tables")
    boolean json;

    private final Supplier<SelectPathways> select;
    private final Supplier<AssessDesignRisk> assess;

    RiskCommand(Supplier<SelectPathways> select, Supplier<AssessDesignRisk> assess) {
        this.select = select;
        this.assess = assess;
    }

    @Override
    public Integer call() {
        List<Pathway> pathways = new ArrayList<>();
        for (String id : mix.keySet()) {
            pathways.add(select.get().byId(id, "--mix"));
        }
        List<Design> chosen = designs == null
                ? Design.eachModel()
                : designs.stream().map(RiskOptions::design).toList();
        AssessDesignRisk.DesignRisk risk;
        try {
            risk = assess.get().assess(new Question(ruleSet, pathways, new LinkedHashMap<>(mix), episodes, chosen,
                    sensitivity(chosen), seed));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(option(e.field()), e.getMessage().substring(e.field().length() + 2));
        }
        spec.commandLine().getOut().print(json ? Json.write(DesignRiskBodies.risk(risk)) + System.lineSeparator()
                : RiskTable.of(risk));
        return 0;
    }

    /** The option that set a field of the question. */
    private static String option(String field) {
        return field.startsWith("designs") ? "--design" : field.startsWith("sensitivity") ? "--vary"
                : field.equals("mix") || field.equals("episodes") ? "--" + field : field;
    }

    private Sensitivity sensitivity(List<Design> chosen) {
        return vary == null ? null : RiskOptions.sensitivity(vary, varyDesign, chosen);
    }
}
