package no.pathfin.domain.ruleset;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;

/**
 * The ISF parameters of one setting in one rule set.
 *
 * @param unitPrice                kroner per cost-weight point (enhetspris)
 * @param isfShare                 the share of the unit price paid as ISF (refusjonssats), 0..1
 * @param ambulantSupplementWeight extra points an ambulant contact earns on top of its own weight
 * @param eligibleModes            contact modes that are financed at all
 * @param eligiblePersonnel        personnel groups whose contacts are financed
 * @param videoPersonnel           personnel groups whose video consultations are financed
 * @param sources                  where each figure comes from, keyed by parameter name
 */
public record Tariff(
        BigDecimal unitPrice,
        BigDecimal isfShare,
        BigDecimal ambulantSupplementWeight,
        Set<ContactMode> eligibleModes,
        Set<PersonnelGroup> eligiblePersonnel,
        Set<PersonnelGroup> videoPersonnel,
        Map<String, String> sources) {

    public Tariff {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(isfShare, "isfShare");
        Objects.requireNonNull(ambulantSupplementWeight, "ambulantSupplementWeight");
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("unit price must not be negative: " + unitPrice);
        }
        if (isfShare.signum() < 0 || isfShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ISF share must be between 0 and 1: " + isfShare);
        }
        if (ambulantSupplementWeight.signum() < 0) {
            throw new IllegalArgumentException("ambulant supplement weight must not be negative");
        }
        eligibleModes = copy(eligibleModes, ContactMode.class);
        eligiblePersonnel = copy(eligiblePersonnel, PersonnelGroup.class);
        videoPersonnel = copy(videoPersonnel, PersonnelGroup.class);
        sources = Map.copyOf(sources);
    }

    public String sourceOf(String parameter) {
        return sources.getOrDefault(parameter, "rule set parameter");
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? Set.copyOf(EnumSet.noneOf(type)) : Set.copyOf(EnumSet.copyOf(values));
    }
}
