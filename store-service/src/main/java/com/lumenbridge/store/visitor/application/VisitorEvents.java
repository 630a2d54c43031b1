package com.lumenbridge.store.visitor.application;

import com.lumenbridge.store.visitor.domain.Visitor;

/** Maps a visitor to the event payload the CRM receives. */
public final class VisitorEvents {

    private VisitorEvents() {
    }

    /** The event's visitor, or {@code null} when there is none or the visitor did not agree to be recorded. */
    public static com.lumenbridge.platform.events.store.Visitor toEvent(Visitor visitor) {
        return visitor == null ? null : visitor.recordable()
            .map(v -> new com.lumenbridge.platform.events.store.Visitor(v.email(), v.phone(), v.name(), v.marketingConsent(),
                v.analyticsConsent()))
            .orElse(null);
    }
}
