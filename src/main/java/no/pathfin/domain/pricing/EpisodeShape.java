package no.pathfin.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;

/**
 * What the bundle rules can tell apart in an episode: each contact's kind, setting, group and procedure code, its
 * day counted from the first contact, whether it may anchor a bundle in the rule set at hand, whether an episode of
 * an earlier rule set covers it already, and what it earns per contact, in date order. Two episodes of the same shape get the same bundle decisions, place by place; a shape is a
 * value, so no code or text can make two different episodes look alike.
 */
public record EpisodeShape(List<Step> steps) {

    /**
     * One contact of the episode, as the bundle rules see it.
     *
     * @param coveredEarlier an episode anchored under an earlier rule set (of an earlier date) covers it: it counts
     *                       toward that episode alone
     */
    public record Step(ContactKind kind, Setting setting, String groupCode, String procedureCode, long day,
                       boolean anchorable, boolean coveredEarlier, BigDecimal perContactValue) {
        public Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(groupCode, "groupCode");
            Objects.requireNonNull(perContactValue, "perContactValue");
        }
    }

    public EpisodeShape {
        steps = List.copyOf(steps);
    }

    /**
     * @param byDate         the pathway's contacts in date order
     * @param anchorable     the ids of the contacts that may anchor a bundle in the rule set at hand
     * @param coveredEarlier the ids of the contacts an episode of an earlier rule set covers
     * @param values         each contact's per-contact revenue, by id
     */
    public static EpisodeShape of(List<Contact> byDate, Set<String> anchorable, Set<String> coveredEarlier,
                                  Map<String, BigDecimal> values) {
        List<Step> steps = new ArrayList<>(byDate.size());
        long first = byDate.get(0).date().toEpochDay();
        for (Contact c : byDate) {
            steps.add(new Step(c.kind(), c.setting(), c.groupCode(), c.procedureCode(), c.date().toEpochDay() - first,
                    anchorable.contains(c.id()), coveredEarlier.contains(c.id()),
                    values.getOrDefault(c.id(), BigDecimal.ZERO)));
        }
        return new EpisodeShape(steps);
    }
}
