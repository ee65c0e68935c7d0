package no.pathfin.domain.costing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.Money;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.pricing.Factor;

/** What one contact costs, how that was computed, and the personnel minutes it takes by group. */
public record ContactCost(String contactId, Money amount, BigDecimal exact, String formula, List<Factor> factors,
                          Map<PersonnelGroup, BigDecimal> minutes) {

    public ContactCost {
        factors = List.copyOf(factors);
        minutes = Map.copyOf(minutes);
    }
}
