package no.pathfin.adapter.pathways;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.pathways.FixtureFile.Figure;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.workbench.PlanFixture;

/** The shape of a plan fixture file ({@code pathways/plans/*.json}), and its reading into a {@link PlanFixture}. */
record PlanFixtureFile(String id, String description, List<String> sources, String baseline, String candidate,
                       String model, String compensation, List<LineEntry> plan, List<LineEntry> population,
                       ExpectedEntry expected) {

    record LineEntry(String pathwayId, Long volume) {
    }

    record ExpectedEntry(BeforeAfter blockGrantPerPathway, IncomeEntry incomeDifference) {
    }

    record BeforeAfter(Figure baseline, Figure candidate) {
    }

    record IncomeEntry(Map<String, Figure> pathways, Figure total) {
    }

    PlanFixture fixture(String file) {
        require(file, "id", id);
        require(file, "baseline", baseline);
        require(file, "candidate", candidate);
        if (plan == null || plan.isEmpty()) {
            throw new DataFileException(file, 0, 0, "plan: state the planned pathways and their volumes");
        }
        if (expected == null || expected.blockGrantPerPathway() == null || expected.incomeDifference() == null
                || expected.incomeDifference().total() == null) {
            throw new DataFileException(file, 0, 0, "expected: state blockGrantPerPathway { baseline, candidate } and"
                    + " incomeDifference { pathways, total }");
        }
        Map<String, PlanFixture.Figure> pathways = new LinkedHashMap<>();
        if (expected.incomeDifference().pathways() != null) {
            expected.incomeDifference().pathways().forEach((id, figure) -> pathways.put(id,
                    figure(file, "expected.incomeDifference.pathways." + id, figure)));
        }
        return new PlanFixture(file, id, description == null ? "" : description, sources == null ? List.of() : sources,
                baseline, candidate, code(file, "model", FinancingModel.class, model == null ? "per-contact" : model),
                code(file, "compensation", Compensation.class, compensation == null ? "share" : compensation),
                lines(file, "plan", plan), population == null ? List.of() : lines(file, "population", population),
                new PlanFixture.Expected(figure(file, "expected.blockGrantPerPathway.baseline",
                        expected.blockGrantPerPathway().baseline()),
                        figure(file, "expected.blockGrantPerPathway.candidate", expected.blockGrantPerPathway().candidate()),
                        pathways, figure(file, "expected.incomeDifference.total", expected.incomeDifference().total())));
    }

    private static List<PlanFixture.Line> lines(String file, String field, List<LineEntry> entries) {
        List<PlanFixture.Line> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LineEntry e = entries.get(i);
            require(file, field + "[" + i + "].pathwayId", e.pathwayId());
            if (e.volume() == null || e.volume() < 0) {
                throw new DataFileException(file, 0, 0, field + "[" + i + "].volume: a whole number from 0");
            }
            lines.add(new PlanFixture.Line(e.pathwayId(), e.volume()));
        }
        return lines;
    }

    private static PlanFixture.Figure figure(String file, String path, Figure figure) {
        if (figure == null || figure.amount() == null) {
            throw new DataFileException(file, 0, 0, path + ".amount: required");
        }
        if (figure.working() == null || figure.working().isBlank()) {
            throw new DataFileException(file, 0, 0, path + ".working: write the arithmetic beside the figure");
        }
        try {
            return new PlanFixture.Figure(new Money(figure.amount()), figure.working());
        } catch (IllegalArgumentException e) {
            throw new DataFileException(file, 0, 0, path + ".amount: " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E code(String file, String field, Class<E> type, String value) {
        try {
            return Codes.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(file, 0, 0, field + ": " + e.getMessage());
        }
    }

    private static void require(String file, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DataFileException(file, 0, 0, field + ": required");
        }
    }
}
