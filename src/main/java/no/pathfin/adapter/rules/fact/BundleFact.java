package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;
import java.util.Set;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ruleset.BundleDefinition;

/** A bundle definition as the rules see it. */
public final class BundleFact {

    private final BundleDefinition definition;

    public BundleFact(BundleDefinition definition) {
        this.definition = definition;
    }

    public BundleDefinition getDefinition() {
        return definition;
    }

    public String getId() {
        return definition.id();
    }

    public Set<String> getTriggerGroupCodes() {
        return definition.triggerGroupCodes();
    }

    public Set<String> getTriggerProcedureCodes() {
        return definition.triggerProcedureCodes();
    }

    public int getDaysBefore() {
        return definition.daysBefore();
    }

    public int getDaysAfter() {
        return definition.daysAfter();
    }

    public Set<ContactKind> getIncludedKinds() {
        return definition.includedKinds();
    }

    public Set<no.pathfin.domain.Setting> getIncludedSettings() {
        return definition.includedSettings();
    }

    /** The settings whose contacts the bundle covers: those it names, or every setting when it names none. */
    public Set<no.pathfin.domain.Setting> getCoveredSettings() {
        return definition.includedSettings().isEmpty() ? java.util.EnumSet.allOf(no.pathfin.domain.Setting.class)
                : definition.includedSettings();
    }

    public BigDecimal getPrice() {
        return definition.price();
    }

    public boolean isWithOutlier() {
        return definition.outlier() != null;
    }

    public boolean isWithDiscount() {
        return definition.design().discount() != null;
    }

    public boolean isWithQuality() {
        return definition.design().quality() != null;
    }

    public Set<String> getQualityEventGroupCodes() {
        return definition.design().quality() == null ? Set.of() : definition.design().quality().eventGroupCodes();
    }

    public Set<String> getExcludedGroupCodes() {
        return definition.design().excludedGroupCodes();
    }

    public boolean isWithCorridor() {
        return definition.design().corridor() != null;
    }

    /** Whether an option needs the episode's per-contact value: the outlier rule or the corridor. */
    public boolean isWithEpisodeValue() {
        return isWithOutlier() || isWithCorridor();
    }

    /** thresholdFactor × price; only meaningful when {@link #isWithOutlier()}. */
    public BigDecimal getOutlierThreshold() {
        return definition.outlier() == null ? null : definition.outlier().thresholdFactor().multiply(definition.price());
    }
}
