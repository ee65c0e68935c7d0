package no.pathfin.adapter.rules.fact;

/** A contact whose group or procedure code is one of a bundle's triggers. */
public final class Trigger {

    private final BundleFact bundle;
    private final EpisodeContact contact;

    public Trigger(BundleFact bundle, EpisodeContact contact) {
        this.bundle = bundle;
        this.contact = contact;
    }

    public BundleFact getBundle() {
        return bundle;
    }

    public String getBundleId() {
        return bundle.getId();
    }

    public EpisodeContact getContact() {
        return contact;
    }

    public long getEpochDay() {
        return contact.getEpochDay();
    }

    public int getSequence() {
        return contact.getSequence();
    }
}
