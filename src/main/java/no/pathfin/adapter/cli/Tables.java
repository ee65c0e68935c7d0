package no.pathfin.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.financing.WholeMoney;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;
import no.pathfin.domain.pricing.PricedContact;

/** Plain-text tables for a terminal. Amounts in kroner, grouped by thousands, two decimals. */
final class Tables {

    private static final String NL = System.lineSeparator();

    private Tables() {
    }

    static String comparison(String family, Comparison comparison, RuleSets ruleSets) {
        List<String> pathwayIds = comparison.cells().stream().map(Comparison.Cell::pathwayId).distinct().toList();
        StringBuilder out = new StringBuilder();
        out.append("Pathway family ").append(family).append(": revenue per variant (kr); baseline ")
                .append(variantOf(comparison, comparison.baselinePathwayId())).append(NL);
        for (String id : comparison.ruleSets()) {
            ruleSets.byId(id).ifPresent(r -> out.append("  ").append(id).append(": ").append(r.info().status().name()
                    .toLowerCase()).append(", content hash ").append(r.info().contentHash(), 0, 12).append(NL));
        }
        out.append(NL).append(String.format("%-8s", ""));
        for (String ruleSet : comparison.ruleSets()) {
            out.append(String.format("%-" + 14 * comparison.models().size() + "s", "  " + ruleSet));
        }
        out.append(NL).append(String.format("%-8s", "variant"));
        for (int i = 0; i < comparison.ruleSets().size(); i++) {
            for (FinancingModel model : comparison.models()) {
                out.append(String.format("%14s", Codes.of(model)));
            }
        }
        out.append("  contacts").append(NL);
        for (String id : pathwayIds) {
            row(out, comparison, id, false);
        }
        out.append(NL).append("Difference from ").append(variantOf(comparison, comparison.baselinePathwayId()))
                .append(NL);
        for (String id : pathwayIds) {
            if (!id.equals(comparison.baselinePathwayId())) {
                row(out, comparison, id, true);
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, Comparison comparison, String pathwayId, boolean difference) {
        out.append(String.format("%-8s", variantOf(comparison, pathwayId)));
        Pathway pathway = null;
        for (String ruleSet : comparison.ruleSets()) {
            for (FinancingModel model : comparison.models()) {
                Comparison.Cell cell = comparison.cell(pathwayId, ruleSet, model).orElseThrow();
                pathway = cell.pricing().pathway();
                Money value = difference ? cell.differenceFromBaseline() : cell.total();
                out.append(String.format("%14s", (difference && value.kroner().signum() > 0 ? "+" : "")
                        + Numbers.grouped(value.kroner())));
            }
        }
        if (!difference && pathway != null) {
            out.append("  ").append(summary(pathway));
        }
        out.append(NL);
    }

    private static String variantOf(Comparison comparison, String pathwayId) {
        return comparison.cells().stream().filter(c -> c.pathwayId().equals(pathwayId)).map(Comparison.Cell::variant)
                .findFirst().orElse(pathwayId);
    }

    static String summary(Pathway pathway) {
        return pathway.contacts().stream().map(Tables::label).collect(Collectors.joining(" → "));
    }

    private static String label(Contact contact) {
        String kind = Codes.of(contact.kind());
        return contact.mode() == ContactMode.IN_PERSON ? kind : Codes.of(contact.mode()) + " " + kind;
    }

    static String pricing(PathwayPricing pricing) {
        Pathway pathway = pricing.pathway();
        StringBuilder out = new StringBuilder();
        out.append(pathway.id()).append(" (").append(pathway.family()).append(", variant ").append(pathway.variant())
                .append("), ").append(Codes.of(pricing.model())).append(", rule set ")
                .append(pricing.requestedRuleSet() == null ? "by each contact's date" : pricing.requestedRuleSet())
                .append(NL).append(NL);
        out.append(String.format("%-6s %-10s %-24s %-9s %-15s %13s  %s%n", "id", "date", "kind", "mode", "rule set",
                "amount", "formula or reason"));
        for (PricedContact line : pricing.lines()) {
            Contact c = line.contact();
            List<String> explain = new ArrayList<>();
            for (Component component : line.components()) {
                explain.add(component.label() + ": " + component.formula());
            }
            explain.addAll(line.notes());
            out.append(String.format("%-6s %-10s %-24s %-9s %-15s %13s  %s%n", c.id(), c.date(), Codes.of(c.kind()),
                    Codes.of(c.mode()), line.ruleSetId(), Numbers.grouped(line.amount().kroner()),
                    explain.isEmpty() ? "" : explain.get(0)));
            for (String more : explain.subList(Math.min(1, explain.size()), explain.size())) {
                out.append(String.format("%-83s %s%n", "", more));
            }
        }
        out.append(String.format("%-67s %13s%n", "total", Numbers.grouped(pricing.total().kroner())));
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

    /** Per rule set and model, each variant's whole money over the comparison's plan, and what the figures rest on. */
    static String money(FinancedComparison financed) {
        Comparison c = financed.comparison();
        StringBuilder out = new StringBuilder(NL).append("The whole money (kr), over ")
                .append(financed.plan().description()).append(" as the plan").append(NL);
        String format = "%-10s %12s %12s %12s %12s %12s %16s %8s" + NL;
        for (String ruleSet : c.ruleSets()) {
            for (FinancingModel model : c.models()) {
                out.append(NL).append(ruleSet).append(", ").append(Codes.of(model)).append(": block grant ")
                        .append(Numbers.grouped(financed.column(ruleSet, model).blockGrantPerPathway().kroner()))
                        .append(" per planned pathway").append(NL);
                out.append(String.format(java.util.Locale.ROOT, format, "variant", "ISF", "block grant", "income",
                        "cost", "margin", "marginal margin", "hours"));
                for (Comparison.Cell cell : c.cells()) {
                    if (cell.ruleSet().equals(ruleSet) && cell.model() == model) {
                        WholeMoney m = financed.money(cell);
                        out.append(String.format(java.util.Locale.ROOT, format, cell.variant(), kr(m.isf()),
                                kr(m.blockGrant()), kr(m.income()), kr(m.cost()), kr(m.margin()),
                                kr(m.marginalMargin()), m.personnelHours().toPlainString()));
                    }
                }
            }
        }
        out.append(NL).append("Block grant: ").append(BlockGrant.ASSUMPTION).append('.').append(NL)
                .append("Cost: each rule set's cost model (rules/common/costs.yaml: every figure illustrative or an"
                        + " assumption, e.g. a video or phone contact at 0.15 of an attendance, after one Sunnaas"
                        + " patient group); marginal margin = ISF − the cost of one more pathway.").append(NL);
        return out.toString();
    }

    private static String kr(Money money) {
        return Numbers.grouped(money.kroner());
    }
}
