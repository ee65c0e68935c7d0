package no.pathfin.adapter.cli;

import java.util.List;
import java.util.stream.Collectors;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.financing.BlockGrant;
import no.pathfin.domain.financing.FinancedComparison;
import no.pathfin.domain.financing.WholeMoney;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.Comparison;
import no.pathfin.domain.pricing.FinancingModel;

/** A comparison of variants as text: each variant's revenue per rule set and model, and optionally its whole money. */
final class ComparisonTable {

    private static final String NL = System.lineSeparator();

    private ComparisonTable() {
    }

    static String of(String family, Comparison comparison, RuleSets ruleSets) {
        List<String> pathwayIds = comparison.cells().stream().map(Comparison.Cell::pathwayId).distinct().toList();
        String baseline = variantOf(comparison, comparison.baselinePathwayId());
        StringBuilder out = new StringBuilder();
        out.append("Pathway family ").append(family).append(": revenue per variant (kr); baseline ").append(baseline)
                .append(NL);
        for (String id : comparison.ruleSets()) {
            ruleSets.byId(id).ifPresent(r -> out.append("  ").append(id).append(": ").append(r.info().status().name()
                    .toLowerCase()).append(", content hash ").append(r.info().contentHash(), 0, 12).append(NL));
        }
        Columns table = new Columns().left("variant").over("", 1);
        for (String ruleSet : comparison.ruleSets()) {
            table.over(ruleSet, comparison.models().size());
            comparison.models().forEach(model -> table.right(Codes.of(model)));
        }
        table.left("contacts").over("", 1);
        for (String id : pathwayIds) {
            table.row(row(comparison, id, false));
        }
        table.text("").text("Difference from " + baseline);
        for (String id : pathwayIds) {
            if (!id.equals(comparison.baselinePathwayId())) {
                table.row(row(comparison, id, true));
            }
        }
        return out.append(NL).append(table).toString();
    }

    private static String[] row(Comparison comparison, String pathwayId, boolean difference) {
        String[] cells = new String[2 + comparison.ruleSets().size() * comparison.models().size()];
        cells[0] = variantOf(comparison, pathwayId);
        int i = 1;
        Pathway pathway = null;
        for (String ruleSet : comparison.ruleSets()) {
            for (FinancingModel model : comparison.models()) {
                Comparison.Cell cell = comparison.cell(pathwayId, ruleSet, model).orElseThrow();
                pathway = cell.pricing().pathway();
                cells[i++] = difference ? Format.change(cell.differenceFromBaseline()) : Format.kr(cell.total());
            }
        }
        cells[i] = difference || pathway == null ? "" : summary(pathway);
        return cells;
    }

    private static String variantOf(Comparison comparison, String pathwayId) {
        return comparison.cells().stream().filter(c -> c.pathwayId().equals(pathwayId)).map(Comparison.Cell::variant)
                .findFirst().orElse(pathwayId);
    }

    static String summary(Pathway pathway) {
        return pathway.contacts().stream().map(ComparisonTable::label).collect(Collectors.joining(" → "));
    }

    private static String label(Contact contact) {
        String kind = Codes.of(contact.kind());
        return contact.mode() == ContactMode.IN_PERSON ? kind : Codes.of(contact.mode()) + " " + kind;
    }

    /** Per rule set and model, each variant's whole money over the comparison's plan, and what the figures rest on. */
    static String money(FinancedComparison financed) {
        Comparison c = financed.comparison();
        StringBuilder out = new StringBuilder(NL).append("The whole money (kr), over ")
                .append(financed.plan().description()).append(" as the plan").append(NL);
        for (String ruleSet : c.ruleSets()) {
            for (FinancingModel model : c.models()) {
                out.append(NL).append(ruleSet).append(", ").append(Codes.of(model)).append(": block grant ")
                        .append(Format.kr(financed.column(ruleSet, model).blockGrantPerPathway()))
                        .append(" per planned pathway").append(NL);
                Columns table = new Columns().left("variant").right("ISF").right("block grant").right("income")
                        .right("cost").right("margin").right("marginal margin").right("hours");
                for (Comparison.Cell cell : c.cells()) {
                    if (cell.ruleSet().equals(ruleSet) && cell.model() == model) {
                        WholeMoney m = financed.money(cell);
                        table.row(cell.variant(), kr(m.isf()), kr(m.blockGrant()), kr(m.income()), kr(m.cost()),
                                kr(m.margin()), kr(m.marginalMargin()), Format.quantity(m.personnelHours()));
                    }
                }
                out.append(table);
            }
        }
        out.append(NL).append("Block grant: ").append(BlockGrant.ASSUMPTION).append('.').append(NL)
                .append("Cost: each rule set's cost model (rules/common/costs.yaml: every figure illustrative or an"
                        + " assumption, e.g. a video or phone contact at 0.15 of an attendance, after one Sunnaas"
                        + " patient group); marginal margin = ISF − the cost of one more pathway.").append(NL);
        return out.toString();
    }

    private static String kr(Money money) {
        return Format.kr(money);
    }
}
