package no.pathfin.application.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.workbench.PathwayFixture;

/**
 * Which pathways a request means: the variants of a family (all, or the named ones), fixtures by id, or pathways
 * given inline. The same rules and the same refusals for every front end.
 */
public final class SelectPathways {

    /** What a request names; exactly one of family, ids and inline is given (variants only with a family). */
    public record Selection(String family, List<String> variants, List<String> ids, List<Supplier<Pathway>> inline) {

        public static Selection family(String family, List<String> variants) {
            return new Selection(family, variants, null, null);
        }

        boolean empty() {
            return family == null && ids == null && inline == null;
        }
    }

    private final PathwayCatalog catalog;

    public SelectPathways(PathwayCatalog catalog) {
        this.catalog = catalog;
    }

    /** A fixture's pathway by its id; an unknown id is refused naming the field. */
    public Pathway byId(String id, String field) {
        return catalog.byId(id).map(PathwayFixture::pathway)
                .orElseThrow(() -> new InvalidRequestException(field, "no pathway '" + id + "'"));
    }

    /** The families of the fixtures, in the catalog's order. */
    public List<String> families() {
        return catalog.all().stream().map(f -> f.pathway().family()).distinct().toList();
    }

    /** Every fixture's pathway, in the catalog's order. */
    public List<Pathway> all() {
        return catalog.all().stream().map(PathwayFixture::pathway).toList();
    }

    /** The selection, or every fixture when it names nothing. */
    public List<Pathway> selectOrAll(Selection selection) {
        return selection.empty() ? all() : select(selection);
    }

    public List<Pathway> select(Selection selection) {
        int given = (selection.family() != null ? 1 : 0) + (selection.ids() != null ? 1 : 0)
                + (selection.inline() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidRequestException("family", "give exactly one of family, pathwayIds or pathways");
        }
        List<Pathway> pathways = new ArrayList<>();
        if (selection.family() != null) {
            return family(selection.family(), selection.variants());
        } else if (selection.ids() != null) {
            for (int i = 0; i < selection.ids().size(); i++) {
                pathways.add(byId(selection.ids().get(i), "pathwayIds[" + i + "]"));
            }
        } else {
            selection.inline().forEach(pathway -> pathways.add(pathway.get()));
        }
        return pathways;
    }

    private List<Pathway> family(String name, List<String> variants) {
        List<PathwayFixture> members = catalog.family(name);
        if (members.isEmpty()) {
            throw new InvalidRequestException("family", "no pathway family '" + name + "'");
        }
        List<Pathway> chosen = members.stream().map(PathwayFixture::pathway)
                .filter(p -> variants == null || variants.contains(p.variant())).toList();
        for (int i = 0; variants != null && i < variants.size(); i++) {
            String variant = variants.get(i);
            if (chosen.stream().noneMatch(p -> p.variant().equals(variant))) {
                throw new InvalidRequestException("variants[" + i + "]", "'" + variant + "' is not a variant of " + name);
            }
        }
        return chosen;
    }
}
