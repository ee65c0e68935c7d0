package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;
import java.util.Set;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.Tariff;

/** A setting's tariff as the rules see it, with the id of the rule set it belongs to (for reasons). */
public final class TariffFact {

    private final String ruleSetId;
    private final Setting setting;
    private final Tariff tariff;

    public TariffFact(String ruleSetId, Setting setting, Tariff tariff) {
        this.ruleSetId = ruleSetId;
        this.setting = setting;
        this.tariff = tariff;
    }

    public String getRuleSetId() {
        return ruleSetId;
    }

    public Setting getSetting() {
        return setting;
    }

    public Tariff getTariff() {
        return tariff;
    }

    public BigDecimal getUnitPrice() {
        return tariff.unitPrice();
    }

    public BigDecimal getIsfShare() {
        return tariff.isfShare();
    }

    public BigDecimal getAmbulantSupplementWeight() {
        return tariff.ambulantSupplementWeight();
    }

    public Set<ContactMode> getEligibleModes() {
        return tariff.eligibleModes();
    }

    public Set<PersonnelGroup> getEligiblePersonnel() {
        return tariff.eligiblePersonnel();
    }

    public Set<PersonnelGroup> getVideoPersonnel() {
        return tariff.videoPersonnel();
    }

    public Set<ContactKind> getFinancedKinds() {
        return tariff.financedKinds();
    }

    public Set<ContactKind> getMunicipalKinds() {
        return tariff.municipalKinds();
    }
}
