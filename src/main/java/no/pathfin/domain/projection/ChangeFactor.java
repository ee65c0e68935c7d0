package no.pathfin.domain.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Setting;
import no.pathfin.domain.pathway.ContactProfile;

/**
 * A change factor (endringsfaktor) with a path to a target: nothing in the base year, the target in the target year,
 * linear between (to 12 digits, half even), held after.
 */
public sealed interface ChangeFactor {

    String name();

    String source();

    int targetYear();

    /** How far along its path the factor is in a year: 0 in the base year, 1 from the target year on. */
    default BigDecimal progress(int year, int baseYear) {
        if (year <= baseYear) {
            return BigDecimal.ZERO;
        }
        if (year >= targetYear()) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(year - baseYear).divide(BigDecimal.valueOf(targetYear() - baseYear), 12,
                RoundingMode.HALF_EVEN);
    }

    /** A change that moves a share of the matching contacts to another profile. */
    sealed interface Move extends ChangeFactor {

        BigDecimal share();

        boolean matches(ContactProfile p);

        /** The profile a matching contact has once moved. */
        ContactProfile moved(ContactProfile p);

        /** The share moved in a year. */
        default BigDecimal shareIn(int year, int baseYear) {
            return share().multiply(progress(year, baseYear));
        }
    }

    /**
     * A share of the matching contacts moved to another mode (e.g. 30 % of in-person somatic controls to video by
     * 2035). A contact moved to phone replaces its planned visit and is documented, as the phone rule requires.
     */
    record Shift(String name, ContactKind kind, Setting setting, ContactMode from, ContactMode to, int targetYear,
                 BigDecimal share, String source) implements Move {

        public Shift {
            if (to == null) {
                throw new IllegalArgumentException("to: the mode contacts move to is required");
            }
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("share: a share from 0 to 1");
            }
        }

        @Override
        public boolean matches(ContactProfile p) {
            return (kind == null || p.kind() == kind) && (setting == null || p.setting() == setting)
                    && (from == null || p.mode() == from) && p.mode() != to;
        }

        @Override
        public ContactProfile moved(ContactProfile p) {
            boolean phone = to == ContactMode.PHONE;
            return new ContactProfile(p.kind(), to, p.setting(), p.ambulant(), p.personnel(), p.performer(),
                    p.groupCode(), phone || p.replacesPlannedVisit(), phone || p.documented());
        }
    }

    /**
     * A share of the matching in-person contacts that are not yet ambulant done by an ambulant team instead (at the
     * patient's home: the ambulant supplement and the ambulant cost factor apply).
     */
    record Ambulant(String name, ContactKind kind, Setting setting, int targetYear, BigDecimal share, String source)
            implements Move {

        public Ambulant {
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("share: a share from 0 to 1");
            }
        }

        @Override
        public boolean matches(ContactProfile p) {
            return (kind == null || p.kind() == kind) && (setting == null || p.setting() == setting)
                    && p.mode() == ContactMode.IN_PERSON && !p.ambulant();
        }

        @Override
        public ContactProfile moved(ContactProfile p) {
            return new ContactProfile(p.kind(), p.mode(), p.setting(), true, p.personnel(), p.performer(),
                    p.groupCode(), p.replacesPlannedVisit(), p.documented());
        }
    }

    /**
     * A share of the admissions with surgery in one group done as day surgery instead (dagkirurgi i stedet for
     * innleggelse), priced in the day-surgery group named (the same group where the weight list gives day surgery
     * and admission one weight, as it has for selected DRGs since 2018).
     *
     * @param from the group code of the admissions that move
     * @param to   the group code they are priced in as day surgery; {@code null}: the same as {@code from}
     */
    record DaySurgery(String name, String from, String to, int targetYear, BigDecimal share, String source)
            implements Move {

        public DaySurgery {
            if (from == null || from.isBlank()) {
                throw new IllegalArgumentException("from: the group code of the admissions that move is required");
            }
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("share: a share from 0 to 1");
            }
        }

        /** The group code the moved contacts are priced in. */
        public String dayGroup() {
            return to == null ? from : to;
        }

        @Override
        public boolean matches(ContactProfile p) {
            return p.kind() == ContactKind.ADMISSION_WITH_SURGERY && from.equals(p.groupCode());
        }

        @Override
        public ContactProfile moved(ContactProfile p) {
            return new ContactProfile(ContactKind.DAY_SURGERY, p.mode(), p.setting(), p.ambulant(), p.personnel(),
                    p.performer(), dayGroup(), p.replacesPlannedVisit(), p.documented());
        }
    }

    /** The activity of a scheme multiplied by a factor (e.g. 1.05 by 2035: 5 % more than demography alone). */
    record Volume(String name, Setting setting, int targetYear, BigDecimal factor, String source)
            implements ChangeFactor {

        public Volume {
            if (factor == null || factor.signum() < 0) {
                throw new IllegalArgumentException("factor: a factor from 0 up");
            }
        }

        /** The factor in a year: 1 in the base year, the target from the target year on. */
        public BigDecimal factorIn(int year, int baseYear) {
            return BigDecimal.ONE.add(factor.subtract(BigDecimal.ONE).multiply(progress(year, baseYear)));
        }
    }
}
