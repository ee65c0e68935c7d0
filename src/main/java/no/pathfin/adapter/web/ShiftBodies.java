package no.pathfin.adapter.web;

import java.math.BigDecimal;
import java.util.List;
import no.pathfin.application.workbench.ShiftChannels;
import no.pathfin.domain.Codes;

/** Request and response bodies of {@code POST /api/v1/channel-shifts}. */
final class ShiftBodies {

    private ShiftBodies() {
    }

    record ShiftBody(String kind, String setting, String from, String to, BigDecimal share, Integer occurrence) {
    }

    record ShiftRequest(String family, List<String> variants, List<String> pathwayIds,
                        List<RequestBodies.PathwayBody> pathways, ShiftBody shift, List<String> ruleSets,
                        List<String> models) {
    }

    record PathwayResult(String pathwayId, BigDecimal before, BigDecimal after, BigDecimal difference) {
    }

    record Result(String ruleSet, String model, BigDecimal before, BigDecimal after, BigDecimal difference,
                  List<PathwayResult> pathways) {
    }

    record ShiftResponse(int matching, int moved, List<Result> results) {
    }

    static ShiftResponse response(ShiftChannels.Result result) {
        return new ShiftResponse(result.matching(), result.moved(), result.outcomes().stream()
                .map(o -> new Result(o.ruleSet(), Codes.of(o.model()), o.before().kroner(), o.after().kroner(),
                        o.difference().kroner(), o.pathways().stream().map(p -> new PathwayResult(p.pathwayId(),
                        p.before().kroner(), p.after().kroner(), p.after().minus(p.before()).kroner())).toList()))
                .toList());
    }
}
