package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.json.bodies.DesignRiskBodies;
import no.pathfin.adapter.json.bodies.OverridesBody;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.risk.AssessDesignRisk;
import no.pathfin.application.risk.Design;
import no.pathfin.application.risk.Question;
import no.pathfin.application.risk.Sensitivity;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterPath;

/** The risk each payment design puts on a hospital, over HTTP. */
final class DesignRiskController {

    record MixRequest(String pathwayId, BigDecimal share) {
    }

    record DesignRequest(String label, String model, OverridesBody overrides) {
    }

    record SensitivityRequest(String design, String parameter, List<BigDecimal> values) {
    }

    record DesignRiskRequest(String ruleSet, List<MixRequest> mix, int episodes, Long seed,
                             List<DesignRequest> designs, SensitivityRequest sensitivity) {
    }

    private final SelectPathways select;
    private final AssessDesignRisk assess;
    private final Bodies bodies;

    DesignRiskController(SelectPathways select, AssessDesignRisk assess, Bodies bodies) {
        this.select = select;
        this.assess = assess;
        this.bodies = bodies;
    }

    void assess(Context ctx) {
        DesignRiskRequest request = bodies.read(ctx, "DesignRiskRequest", DesignRiskRequest.class);
        List<Pathway> pathways = new ArrayList<>();
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (int i = 0; i < request.mix().size(); i++) {
            MixRequest entry = request.mix().get(i);
            Pathway pathway = select.byId(entry.pathwayId(), "mix[" + i + "].pathwayId");
            if (shares.put(pathway.id(), entry.share()) != null) {
                throw ProblemException.unprocessable("mix[" + i + "].pathwayId", pathway.id() + " is in the mix twice");
            }
            pathways.add(pathway);
        }
        List<Design> designs = designs(request.designs());
        Sensitivity sensitivity = sensitivity(request.sensitivity());
        int values = sensitivity == null ? 0 : sensitivity.values().size();
        Limits.priced((long) Limits.contacts(pathways) * (designs.size() + values));
        Question question = new Question(request.ruleSet(), pathways, shares, request.episodes(), designs, sensitivity,
                request.seed() == null ? 1 : request.seed());
        bodies.write(ctx, DesignRiskBodies.risk(assess.assess(question)));
    }

    private static List<Design> designs(List<DesignRequest> requested) {
        if (requested == null) {
            return Design.eachModel();
        }
        List<Design> designs = new ArrayList<>();
        for (DesignRequest d : requested) {
            FinancingModel model = RequestBodies.model(d.model() == null ? RequestBodies.DEFAULT_MODEL : d.model());
            designs.add(new Design(d.label() == null ? no.pathfin.domain.Codes.of(model) : d.label(), model,
                    RequestBodies.overrides(d.overrides())));
        }
        return designs;
    }

    private static Sensitivity sensitivity(SensitivityRequest s) {
        if (s == null) {
            return null;
        }
        try {
            return new Sensitivity(s.design(), ParameterPath.parse(s.parameter(), "sensitivity.parameter"),
                    List.<Object>copyOf(s.values()));
        } catch (InvalidValue e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
    }
}
