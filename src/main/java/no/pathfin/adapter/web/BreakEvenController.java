package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.FindBreakEven;
import no.pathfin.application.InvalidRequestException;
import no.pathfin.application.Pathfin;
import no.pathfin.domain.BreakEven;
import no.pathfin.domain.Codes;
import no.pathfin.domain.PathwayFixture;
import no.pathfin.domain.Setting;

/** Budget-neutral bundle prices and break-even unit prices over HTTP. */
final class BreakEvenController {

    record VariantBody(String pathwayId, RequestBodies.PathwayBody pathway, Long volume) {
    }

    record BundlePriceRequest(String ruleSet, String bundle, List<VariantBody> variants) {
    }

    record UnitPriceRequest(String baseline, String candidate, RequestBodies.OverridesBody overrides, String setting,
                            List<VariantBody> variants) {
    }

    record EffectBody(String pathwayId, long volume, BigDecimal before, BigDecimal after, BigDecimal difference) {
    }

    record BreakEvenBody(String what, BigDecimal price, BigDecimal target, BigDecimal total, BigDecimal residual,
                         String method, List<EffectBody> effects) {
    }

    private final Pathfin pathfin;
    private final Bodies bodies;

    BreakEvenController(Pathfin pathfin, Bodies bodies) {
        this.pathfin = pathfin;
        this.bodies = bodies;
    }

    void bundlePrice(Context ctx) {
        BundlePriceRequest request = bodies.read(ctx, "BundlePriceRequest", BundlePriceRequest.class);
        answer(ctx, () -> pathfin.findBreakEven().budgetNeutralBundlePrice(request.ruleSet(), request.bundle(),
                mix(request.variants())));
    }

    void unitPrice(Context ctx) {
        UnitPriceRequest request = bodies.read(ctx, "UnitPriceRequest", UnitPriceRequest.class);
        answer(ctx, () -> pathfin.findBreakEven().breakEvenUnitPrice(request.baseline(), request.candidate(),
                RequestBodies.overrides(request.overrides()),
                Codes.parse(Setting.class, request.setting() == null ? "somatic" : request.setting()), mix(request.variants())));
    }

    private void answer(Context ctx, java.util.function.Supplier<BreakEven> find) {
        try {
            BreakEven b = find.get();
            bodies.write(ctx, new BreakEvenBody(b.what(), b.price().kroner(), b.target().kroner(), b.total().kroner(),
                    b.residual().kroner(), b.method(), b.effects().stream().map(e -> new EffectBody(e.pathwayId(),
                    e.volume(), e.before().kroner(), e.after().kroner(), e.difference().kroner())).toList()));
        } catch (InvalidRequestException e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    private List<FindBreakEven.Variant> mix(List<VariantBody> variants) {
        List<FindBreakEven.Variant> mix = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            VariantBody v = variants.get(i);
            String field = "variants[" + i + "]";
            if ((v.pathwayId() == null) == (v.pathway() == null)) {
                throw ProblemException.unprocessable(field, "give either pathwayId or pathway");
            }
            var pathway = v.pathway() != null ? RequestBodies.pathway(v.pathway(), field + ".pathway")
                    : pathfin.pathways().byId(v.pathwayId()).map(PathwayFixture::pathway).orElseThrow(() ->
                    ProblemException.unprocessable(field + ".pathwayId", "no pathway '" + v.pathwayId() + "'"));
            mix.add(new FindBreakEven.Variant(pathway, v.volume() == null ? 1 : v.volume()));
        }
        return mix;
    }
}
