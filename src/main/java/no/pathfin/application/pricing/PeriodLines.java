package no.pathfin.application.pricing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.PeriodShape;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.pricing.RuleRef;

/**
 * The lines the period-payment rules change: the first qualifying contact of each period carries the period payment,
 * the period's other qualifying contacts are covered by it. Each rule set decides the periods of the contacts of its
 * own dates; periods are whole parts of a calendar year, so a yearly rule set never shares one with another.
 */
final class PeriodLines {

    private PeriodLines() {
    }

    static Map<String, PricedContact> of(DecisionCache decisions, Map<RuleSet, PricePathway.Batch> batches,
                                         Map<String, PricedContact> perContact) {
        Map<String, PricedContact> lines = new HashMap<>();
        batches.forEach((ruleSet, batch) -> {
            List<Contact> byDate = batch.contacts().stream().sorted(Comparator.comparing(Contact::date)).toList();
            for (RuleOutcome outcome : decisions.periods(ruleSet, batch.parameters(), PeriodShape.of(byDate))) {
                Contact contact = byDate.get(Integer.parseInt(outcome.contactId()));
                PricedContact base = perContact.get(contact.id());
                if (outcome instanceof RuleOutcome.PeriodPaid paid) {
                    lines.put(contact.id(), line(base, paid.rule(), List.of(Component.isf("period payment",
                            paid.rule(), paid.weight(), paid.unitPrice(), paid.share())), "earns the period payment "
                            + paid.periodId() + " for " + paid.period() + ": it pays for every qualifying contact of"
                            + " the period"));
                } else if (outcome instanceof RuleOutcome.PeriodCovered covered) {
                    String payer = byDate.get(Integer.parseInt(covered.payingContactId())).id();
                    lines.put(contact.id(), line(base, covered.rule(), List.of(), "covered by the period payment "
                            + covered.periodId() + " for " + covered.period() + " carried by contact " + payer));
                }
            }
        });
        return lines;
    }

    private static PricedContact line(PricedContact base, RuleRef rule, List<Component> components, String note) {
        LinkedHashSet<RuleRef> fired = new LinkedHashSet<>(base.rulesFired());
        fired.add(rule);
        List<String> notes = new ArrayList<>();
        notes.add(note + ": its per-contact value of " + Numbers.grouped(base.amount().kroner()) + " ("
                + base.ruleSetId() + ") is not paid separately");
        return PricedContact.of(base.contact(), base.ruleSetId(), base.ruleSetHash(), List.copyOf(fired), components,
                notes);
    }
}
