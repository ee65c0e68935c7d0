package no.pathfin.application.pricing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.Money;
import no.pathfin.domain.Numbers;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pricing.Component;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.pricing.RuleRef;
import no.pathfin.domain.ruleset.RuleSetInfo;

/** Turns the rules' decisions about a contact into its priced line, with every amount explained. */
public final class ContactLines {

    /** A bundle decision and the rule set whose rules made it. */
    record Tagged(RuleSetInfo ruleSet, RuleOutcome outcome) {
    }

    private ContactLines() {
    }

    public static PricedContact perContact(Contact contact, RuleSetInfo ruleSet, List<RuleOutcome> outcomes) {
        Decision decision = Decision.of(contact.id(), ruleSet, outcomes);
        List<RuleRef> fired = new ArrayList<>();
        decision.refusals().forEach(r -> fired.add(r.rule()));
        decision.earnings().forEach(e -> fired.add(e.rule()));
        List<String> notes = new ArrayList<>(decision.refusals().stream().map(RuleOutcome.Refused::reason).toList());
        if (outcomes.isEmpty()) {
            notes.add("no rule of " + ruleSet.id() + " finances this contact");
        }
        return PricedContact.of(contact, ruleSet.id(), ruleSet.contentHash(), fired, decision.components(), notes);
    }

    /** What a contact with these per-contact decisions earns: the sum of its rounded components. */
    public static Money amount(RuleSetInfo ruleSet, List<RuleOutcome> outcomes) {
        return Decision.of("of this profile", ruleSet, outcomes).components().stream().map(Component::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The cost-weight points a contact with these per-contact decisions is paid for (zero if refused). */
    public static java.math.BigDecimal points(List<RuleOutcome> outcomes) {
        return outcomes.stream().filter(RuleOutcome.Earned.class::isInstance).map(RuleOutcome.Earned.class::cast)
                .map(e -> e.weight().value()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /** A contact's refusals (by rule name) and earnings (the ISF first), which must not both be there. */
    private record Decision(List<RuleOutcome.Refused> refusals, List<RuleOutcome.Earned> earnings) {

        static Decision of(String contactId, RuleSetInfo ruleSet, List<RuleOutcome> outcomes) {
            List<RuleOutcome.Refused> refusals = outcomes.stream().filter(RuleOutcome.Refused.class::isInstance)
                    .map(RuleOutcome.Refused.class::cast).sorted(Comparator.comparing((RuleOutcome.Refused r) ->
                            r.rule().name()).thenComparing(RuleOutcome.Refused::reason)).toList();
            List<RuleOutcome.Earned> earnings = outcomes.stream().filter(RuleOutcome.Earned.class::isInstance)
                    .map(RuleOutcome.Earned.class::cast)
                    .sorted(Comparator.comparing((RuleOutcome.Earned e) -> !e.component().equals("ISF"))
                            .thenComparing(RuleOutcome.Earned::component)).toList();
            if (!refusals.isEmpty() && !earnings.isEmpty()) {
                throw new IllegalStateException("rule set " + ruleSet.id() + " is inconsistent: contact " + contactId
                        + " was both refused (" + refusals.get(0).rule().name() + ") and paid ("
                        + earnings.get(0).rule().name() + ")");
            }
            return new Decision(refusals, earnings);
        }

        List<Component> components() {
            return earnings.stream().map(e -> Component.isf(e.component(), e.rule(), e.weight(), e.unitPrice(), e.share()))
                    .toList();
        }
    }

    /**
     * The lines the bundle rules change: covered contacts, anchors, and contacts priced separately.
     *
     * @param byDate whether each contact's rule set was chosen by its date (not named by the caller)
     */
    static Map<String, PricedContact> bundled(List<Contact> contacts, List<Tagged> outcomes,
                                              Map<String, PricedContact> perContact, boolean byDate) {
        Map<String, Tagged> covered = new HashMap<>();
        Map<String, List<Tagged>> extras = new HashMap<>();
        for (Tagged tagged : outcomes) {
            if (tagged.outcome() instanceof RuleOutcome.Covered) {
                covered.putIfAbsent(tagged.outcome().contactId(), tagged);
            } else {
                extras.computeIfAbsent(tagged.outcome().contactId(), k -> new ArrayList<>()).add(tagged);
            }
        }
        // the engine returns decisions in no stated order: the price before the outlier payment, the notes of
        // several episodes in the order of their anchors' dates, every time
        Comparator<Tagged> order = inOrder(contacts);
        extras.values().forEach(list -> list.sort(order));
        Map<String, PricedContact> lines = new HashMap<>();
        for (Contact contact : contacts) {
            PricedContact base = perContact.get(contact.id());
            List<Tagged> more = extras.getOrDefault(contact.id(), List.of());
            if (covered.containsKey(contact.id())) {
                lines.put(contact.id(), covered(contact, base, covered.get(contact.id()), more, byDate));
            } else if (!more.isEmpty()) {
                lines.put(contact.id(), separately(base, more));
            }
        }
        return lines;
    }

    /**
     * By kind (the anchor's payment in the order of the bundle design: price, discount, quality, outlier, corridor;
     * then priced per contact), by the anchor's place, then by every field.
     */
    private static Comparator<Tagged> inOrder(List<Contact> byDate) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < byDate.size(); i++) {
            place.put(byDate.get(i).id(), i);
        }
        return Comparator.comparingInt((Tagged t) -> step(t.outcome()))
                .thenComparingInt(t -> place.getOrDefault(t.outcome() instanceof RuleOutcome.PricedSeparately s
                        ? s.anchorContactId() : t.outcome().contactId(), -1))
                .thenComparing(t -> t.outcome().rule().name())
                .thenComparing(t -> t.outcome().toString());
    }

    private static int step(RuleOutcome outcome) {
        return outcome instanceof RuleOutcome.BundlePaid ? 0 : outcome instanceof RuleOutcome.DiscountTaken ? 1
                : outcome instanceof RuleOutcome.QualityReduced ? 2 : outcome instanceof RuleOutcome.OutlierPaid ? 3
                : outcome instanceof RuleOutcome.CorridorKept ? 4 : 5;
    }

    private static PricedContact covered(Contact contact, PricedContact base, Tagged coverage, List<Tagged> more,
                                         boolean byDate) {
        RuleOutcome.Covered covered = (RuleOutcome.Covered) coverage.outcome();
        LinkedHashSet<RuleRef> fired = new LinkedHashSet<>(base.rulesFired());
        fired.add(covered.rule());
        List<String> notes = new ArrayList<>();
        AnchorDecisions anchor = new AnchorDecisions();
        for (Tagged tagged : more) {
            if (anchor.add(tagged.outcome())) {
                fired.add(tagged.outcome().rule());
            }
        }
        List<Component> components = anchor.components();
        if (anchor.price() != null) {
            notes.add("anchors " + anchor.price().bundleId() + ": the bundle price pays for every contact the episode"
                    + " covers");
            notes.add(byDate ? "priced by the anchor's date, " + contact.date() + ": the bundle of "
                    + coverage.ruleSet().id() + ", the rule set valid on that date, whatever the dates of the"
                    + " contacts it covers" : "priced by the bundle of " + coverage.ruleSet().id()
                    + ", the rule set named for every contact (not chosen by the anchor's date, "
                    + contact.date() + ")");
            notes.addAll(anchor.notes());
        }
        notes.add("covered by " + covered.bundleId() + (covered.anchorContactId().equals(contact.id()) ? ""
                : " anchored at contact " + covered.anchorContactId()) + ": its per-contact value of "
                + Numbers.grouped(base.amount().kroner()) + " (" + base.ruleSetId() + ") is not paid separately");
        RuleSetInfo ruleSet = coverage.ruleSet();
        return PricedContact.of(contact, ruleSet.id(), ruleSet.contentHash(), base.perContactRuleSetId(),
                base.perContactRuleSetHash(), List.copyOf(fired), components, notes);
    }

    private static PricedContact separately(PricedContact base, List<Tagged> more) {
        LinkedHashSet<RuleRef> fired = new LinkedHashSet<>(base.rulesFired());
        List<String> notes = new ArrayList<>(base.notes());
        for (Tagged tagged : more) {
            if (tagged.outcome() instanceof RuleOutcome.PricedSeparately separate) {
                fired.add(separate.rule());
                notes.add(separate.reason());
            }
        }
        return new PricedContact(base.contact(), base.ruleSetId(), base.ruleSetHash(), base.perContactRuleSetId(),
                base.perContactRuleSetHash(), List.copyOf(fired), base.components(), base.amount(), notes);
    }
}
