package no.pathfin.adapter.rules.fact;

/** The trigger contact that opens a bundle episode, with the episode's window in epoch days (inclusive). */
public final class Anchor {

    private final Trigger trigger;

    public Anchor(Trigger trigger) {
        this.trigger = trigger;
    }

    public BundleFact getBundle() {
        return trigger.getBundle();
    }

    public String getBundleId() {
        return trigger.getBundleId();
    }

    public String getContactId() {
        return trigger.getContact().getId();
    }

    public int getSequence() {
        return trigger.getSequence();
    }

    public long getEpochDay() {
        return trigger.getEpochDay();
    }

    public long getWindowStart() {
        return trigger.getEpochDay() - trigger.getBundle().getDaysBefore();
    }

    public long getWindowEnd() {
        return trigger.getEpochDay() + trigger.getBundle().getDaysAfter();
    }
}
