package com.lumenbridge.crm.profile.domain;

/**
 * The latest decision per purpose; {@code null} means never asked, which counts as not given.
 * A newer decision replaces an older one; the same answer again keeps the original record, so
 * repeating an import or an event does not move the consent's time.
 */
public record Consents(Consent marketing, Consent analytics) {

    public static final Consents NONE = new Consents(null, null);

    public Consent of(Purpose purpose) {
        return purpose == Purpose.MARKETING ? marketing : analytics;
    }

    public boolean granted(Purpose purpose) {
        Consent consent = of(purpose);
        return consent != null && consent.granted();
    }

    /** These consents with {@code decision} for {@code purpose} applied. */
    public Consents with(Purpose purpose, Consent decision) {
        Consent current = of(purpose);
        if (current != null && (current.granted() == decision.granted() || current.at().isAfter(decision.at()))) {
            return this;
        }
        return purpose == Purpose.MARKETING ? new Consents(decision, analytics) : new Consents(marketing, decision);
    }

    /** Both purposes merged as if each decision had been recorded on one profile, in time order. */
    public Consents merge(Consents other) {
        Consents merged = this;
        for (Purpose purpose : Purpose.values()) {
            Consent theirs = other.of(purpose);
            Consent ours = merged.of(purpose);
            if (theirs == null) {
                continue;
            }
            if (ours == null || theirs.at().isAfter(ours.at())) {
                merged = purpose == Purpose.MARKETING ? new Consents(theirs, merged.analytics)
                    : new Consents(merged.marketing, theirs);
            }
        }
        return merged;
    }
}
