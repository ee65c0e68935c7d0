package no.pathfin.adapter.web;

import no.pathfin.adapter.json.bodies.OverridesBody;
import no.pathfin.adapter.json.bodies.ComparisonBodies;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.pricing.SelectPathways;
import no.pathfin.application.workbench.FindBreakEven;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Setting;
import no.pathfin.domain.workbench.BlockGrantCompensation;
import no.pathfin.domain.workbench.BreakEven;
import no.pathfin.domain.pathway.Pathway;

/** Budget-neutral bundle prices and break-even unit prices over HTTP. */
final class BreakEvenController {

    record VariantBody(String pathwayId, RequestBodies.PathwayBody pathway, Long volume) {
    }

    record BundlePriceRequest(String ruleSet, String bundle, List<VariantBody> variants) {
    }

    record UnitPriceRequest(String baseline, String candidate, OverridesBody overrides, String setting,
                            List<VariantBody> variants) {
    }

    record EffectBody(String pathwayId, long volume, BigDecimal before, BigDecimal after, BigDecimal difference) {
    }

    record SchemeBody(String scheme, BigDecimal before, BigDecimal after, BigDecimal needed,
                      ComparisonBodies.BlockGrantBody blockGrant) {
    }

    record CompensationBody(String plan, BigDecimal needed, List<SchemeBody> schemes, List<EffectBody> variants) {
    }

    record BreakEvenBody(String what, BigDecimal price, BigDecimal target, BigDecimal total, BigDecimal residual,
                         String method, List<EffectBody> effects, CompensationBody blockGrantCompensation) {
    }

    private final SelectPathways select;
    private final FindBreakEven findBreakEven;
    private final Bodies bodies;

    BreakEvenController(SelectPathways select, FindBreakEven findBreakEven, Bodies bodies) {
        this.select = select;
        this.findBreakEven = findBreakEven;
        this.bodies = bodies;
    }

    void bundlePrice(Context ctx) {
        BundlePriceRequest request = bodies.read(ctx, "BundlePriceRequest", BundlePriceRequest.class);
        answer(ctx, () -> findBreakEven.budgetNeutralBundlePrice(request.ruleSet(), request.bundle(),
                mix(request.variants())));
    }

    void unitPrice(Context ctx) {
        UnitPriceRequest request = bodies.read(ctx, "UnitPriceRequest", UnitPriceRequest.class);
        answer(ctx, () -> findBreakEven.breakEvenUnitPrice(request.baseline(), request.candidate(),
                RequestBodies.overrides(request.overrides()),
                Codes.parse(Setting.class, request.setting() == null ? "somatic" : request.setting()), mix(request.variants())));
    }

    private void answer(Context ctx, java.util.function.Supplier<BreakEven> find) {
        try {
            BreakEven b = find.get();
            bodies.write(ctx, new BreakEvenBody(b.what(), b.price().kroner(), b.target().kroner(), b.total().kroner(),
                    b.residual().kroner(), b.method(), b.effects().stream().map(e -> new EffectBody(e.pathwayId(),
                    e.volume(), e.before().kroner(), e.after().kroner(), e.difference().kroner())).toList(),
                    compensation(b.compensation())));
        } catch (InvalidRequestException e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static CompensationBody compensation(BlockGrantCompensation c) {
        if (c == null) {
            return null;
        }
        return new CompensationBody(c.plan(), c.needed().kroner(), c.schemes().stream().map(s -> new SchemeBody(
                Codes.of(s.scheme()), s.before().kroner(), s.after().kroner(), s.needed().kroner(),
                ComparisonBodies.blockGrant(s.grant(), c.ruleSet(), "per-contact"))).toList(),
                c.variants().stream().map(v -> new EffectBody(v.pathwayId(), v.volume(), v.before().kroner(),
                        v.after().kroner(), v.difference().kroner())).toList());
    }

    private List<FindBreakEven.Variant> mix(List<VariantBody> variants) {
        List<FindBreakEven.Variant> mix = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            VariantBody v = variants.get(i);
            String field = "variants[" + i + "]";
            if ((v.pathwayId() == null) == (v.pathway() == null)) {
                throw ProblemException.unprocessable(field, "give either pathwayId or pathway");
            }
            Pathway pathway = v.pathway() != null ? RequestBodies.pathway(v.pathway(), field + ".pathway")
                    : select.byId(v.pathwayId(), field + ".pathwayId");
            mix.add(new FindBreakEven.Variant(pathway, v.volume() == null ? 1 : v.volume()));
        }
        Limits.searched(mix.stream().mapToInt(v -> v.pathway().contacts().size()).sum());
        return mix;
    }
}
