package no.pathfin.adapter.rules.fact;

import java.math.BigDecimal;

/** The sum of the per-contact revenue of the contacts a bundle episode covers. */
public final class EpisodeValue {

    private final String anchorContactId;
    private final BigDecimal value;

    public EpisodeValue(String anchorContactId, BigDecimal value) {
        this.anchorContactId = anchorContactId;
        this.value = value;
    }

    public String getAnchorContactId() {
        return anchorContactId;
    }

    public BigDecimal getValue() {
        return value;
    }
}
