package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import no.pathfin.domain.Setting;

/**
 * A period payment (ISF's service-pathway groups and digital home follow-up): one payment per patient for each
 * calendar period in which at least one qualifying contact takes place, whatever the number of such contacts. The
 * payment is weight × the setting's unit price × its ISF share.
 *
 * @param periodMonths the length of a period in months, counted from 1 January (4: the tertials January–April,
 *                     May–August, September–December); it divides 12, so periods never straddle a year
 * @param groupCodes   the group codes whose contacts qualify (each code belongs to one period payment at most)
 * @param setting      the setting whose contacts qualify and whose unit price and share pay
 * @param source       where the weight comes from (HIGH, MED, ASSUMPTION or ILLUSTRATIVE)
 */
public record PeriodDefinition(String id, String description, int periodMonths, Set<String> groupCodes,
                               Setting setting, BigDecimal weight, String source) {

    /** The period lengths that divide a year: a period never straddles 31 December. */
    public static final Set<Integer> LENGTHS = Set.of(1, 2, 3, 4, 6, 12);

    public PeriodDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(weight, "weight");
        groupCodes = Set.copyOf(groupCodes);
        if (groupCodes.isEmpty()) {
            throw new IllegalArgumentException("period payment " + id + " needs a qualifying group code");
        }
        if (!LENGTHS.contains(periodMonths)) {
            throw new IllegalArgumentException("period payment " + id + " periodMonths must divide a year (1, 2, 3,"
                    + " 4, 6 or 12): " + periodMonths);
        }
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("period payment " + id + " weight must not be negative");
        }
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** The period a calendar month (year × 12 + month − 1) falls in, counted from year 0. */
    public int periodOf(int month) {
        return month / periodMonths;
    }

    /** A period as people read it: {@code 2024 tertial 2 (May–Aug)}, {@code 2024 quarter 1 (Jan–Mar)}. */
    public String label(int period) {
        int first = period * periodMonths;
        int year = first / 12;
        int inYear = first % 12;
        String name = switch (periodMonths) {
            case 4 -> "tertial";
            case 3 -> "quarter";
            case 6 -> "half-year";
            case 12 -> "year";
            case 1 -> "month";
            default -> periodMonths + "-month period";
        };
        String months = periodMonths == 1 ? MONTHS[inYear] : MONTHS[inYear] + "–" + MONTHS[inYear + periodMonths - 1];
        return periodMonths == 12 ? year + " (Jan–Dec)" : year + " " + name + " " + (inYear / periodMonths + 1)
                + " (" + months + ")";
    }

    /** The weight. */
    public Object value(ParameterField field) {
        if (field != ParameterField.PERIOD_WEIGHT) {
            throw new IllegalArgumentException(field + " is not a field of a period payment");
        }
        return weight;
    }

    /** A copy with the weight changed; the source follows it (null: keep it). */
    PeriodDefinition with(ParameterField field, Object value, String newSource) {
        value(field);
        return new PeriodDefinition(id, description, periodMonths, groupCodes, setting, (BigDecimal) value,
                newSource == null ? source : newSource);
    }
}
