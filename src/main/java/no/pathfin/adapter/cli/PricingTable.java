package no.pathfin.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.pathfin.domain.Codes;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;

/** One pathway's pricing as text: every contact's line with its formula or reason, the total, the rules fired. */
final class PricingTable {

    private static final String NL = System.lineSeparator();

    private PricingTable() {
    }

    static String of(PathwayPricing pricing) {
        Pathway pathway = pricing.pathway();
        StringBuilder out = new StringBuilder();
        out.append(pathway.id()).append(" (").append(pathway.family()).append(", variant ").append(pathway.variant())
                .append("), ").append(Codes.of(pricing.model())).append(", rule set ")
                .append(pricing.requestedRuleSet() == null ? "by each contact's date" : pricing.requestedRuleSet())
                .append(NL).append(NL);
        Columns table = new Columns().left("id").left("date").left("kind").left("mode").left("rule set")
                .right("amount").left("formula or reason");
        for (PricedContact line : pricing.lines()) {
            Contact c = line.contact();
            List<String> explain = new ArrayList<>();
            for (Component component : line.components()) {
                explain.add(component.label() + ": " + component.formula());
            }
            explain.addAll(line.notes());
            table.row(c.id(), c.date().toString(), Codes.of(c.kind()), Codes.of(c.mode()), line.ruleSetId(),
                    Format.kr(line.amount()), explain.isEmpty() ? "" : explain.get(0));
            for (String more : explain.subList(Math.min(1, explain.size()), explain.size())) {
                table.row("", "", "", "", "", "", more);
            }
        }
        table.row("total", "", "", "", "", Format.kr(pricing.total()));
        out.append(table);
        out.append(NL).append("Rules fired").append(NL);
        for (PricedContact line : pricing.lines()) {
            out.append("  ").append(line.contact().id()).append(" (").append(line.ruleSetId()).append(' ')
                    .append(line.ruleSetHash(), 0, 12)
                    .append(line.perContactRuleSetHash().equals(line.ruleSetHash()) ? "" : "; per contact "
                            + line.perContactRuleSetId() + " " + line.perContactRuleSetHash().substring(0, 12))
                    .append("): ")
                    .append(line.rulesFired().stream().map(r -> r.name()).collect(Collectors.joining("; ")))
                    .append(NL);
        }
        return out.toString();
    }
}
