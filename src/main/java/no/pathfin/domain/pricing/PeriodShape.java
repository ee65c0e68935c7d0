package no.pathfin.domain.pricing;

import java.util.List;
import java.util.Objects;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.Contact;

/**
 * What the period-payment rules can tell apart in a pathway: each contact's setting, group code and calendar month,
 * in date order. Two pathways of the same shape get the same period decisions, place by place; a shape is a value,
 * so decisions can be kept by it.
 */
public record PeriodShape(List<Step> steps) {

    /**
     * One contact as the period rules see it.
     *
     * @param month the contact's calendar month counted from January of year 0 (year × 12 + month − 1), so a period
     *              of n months is {@code month / n} for every n that divides a year
     */
    public record Step(Setting setting, String groupCode, int month) {
        public Step {
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(groupCode, "groupCode");
        }
    }

    public PeriodShape {
        steps = List.copyOf(steps);
    }

    /** @param byDate the contacts in date order (those listed first first, on one day) */
    public static PeriodShape of(List<Contact> byDate) {
        return new PeriodShape(byDate.stream().map(c -> new Step(c.setting(), c.groupCode(),
                c.date().getYear() * 12 + c.date().getMonthValue() - 1)).toList());
    }
}
