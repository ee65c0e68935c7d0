package no.pathfin.application.workbench;

import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.financing.Plans;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.domain.Money;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.workbench.Impact;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.domain.workbench.PlanFixture;

/** Plan fixtures as tests of the whole money: each stated figure against what the rules and the block grant give. */
public final class CheckPlanFixtures {

    /** One stated figure and what is computed now. */
    public record Finding(PlanFixture fixture, String item, Money expected, Money actual) {
        public boolean holds() {
            return expected.equals(actual);
        }
    }

    private final PathwayCatalog catalog;
    private final AssessRuleChange assessRuleChange;

    public CheckPlanFixtures(PathwayCatalog catalog, AssessRuleChange assessRuleChange) {
        this.catalog = catalog;
        this.assessRuleChange = assessRuleChange;
    }

    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        for (PlanFixture fixture : catalog.plans()) {
            findings.addAll(check(fixture));
        }
        return findings;
    }

    /** The plan fixtures, in the order {@link #check()} checks them. */
    public List<PlanFixture> plans() {
        return catalog.plans();
    }

    /** The stated figures of one plan fixture. */
    public List<Finding> check(PlanFixture fixture) {
        List<Finding> findings = new ArrayList<>();
        List<Pathway> pathways = catalog.all().stream().map(PathwayFixture::pathway).toList();
        Impact impact = assessRuleChange.assess(AssessRuleChange.Question.of(fixture.baseline(),
                fixture.candidate(), no.pathfin.domain.ruleset.ParameterChanges.NONE, pathways, "fixture",
                fixture.population().isEmpty() ? volumes(fixture.plan()) : volumes(fixture.population()),
                volumes(fixture.plan()), fixture.model(), fixture.compensation()));
        PlanFixture.Expected e = fixture.expected();
        findings.add(new Finding(fixture, "block grant per planned pathway, baseline",
                e.blockGrantBaseline().amount(), impact.income().planBefore().blockGrantPerPathway()));
        findings.add(new Finding(fixture, "block grant per planned pathway, candidate",
                e.blockGrantCandidate().amount(), impact.income().planAfter().blockGrantPerPathway()));
        e.incomeDifference().forEach((pathwayId, figure) -> findings.add(new Finding(fixture,
                "income difference of " + pathwayId, figure.amount(), impact.pathways().stream()
                .filter(p -> p.pathwayId().equals(pathwayId)).findFirst().map(Impact.PathwayImpact::incomeDifference)
                .orElse(null))));
        findings.add(new Finding(fixture, "income difference of the population", e.totalDifference().amount(),
                impact.income().difference()));
        return findings;
    }

    private static List<Plans.Volume> volumes(List<PlanFixture.Line> lines) {
        return lines.stream().map(l -> new Plans.Volume(l.pathwayId(), l.volume())).toList();
    }
}
