package no.pathfin.adapter.cli;

import no.pathfin.domain.workbench.Attribution;

/** Which change moved the money, as text: each changed parameter or rule with its share, and the total. */
final class Attributions {

    private static final String NL = System.lineSeparator();

    private Attributions() {
    }

    /** {@code title (method)}, then the contributions; nothing for no attribution (the bundle model has none). */
    static String of(String title, Attribution.Result attribution) {
        if (attribution == null) {
            return "";
        }
        Columns table = new Columns().indent("  ").left("change").right("kr").left("what changed");
        for (Attribution.Contribution c : attribution.contributions()) {
            table.row(c.item(), Format.kr(c.amount()), c.description());
        }
        table.row("total", Format.kr(attribution.total()));
        return title + " (" + attribution.method() + ")" + NL + table + NL;
    }
}
