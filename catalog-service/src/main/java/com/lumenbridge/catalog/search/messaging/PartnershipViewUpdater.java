package com.lumenbridge.catalog.search.messaging;

import com.lumenbridge.catalog.partnership.application.PartnershipEvents;
import com.lumenbridge.catalog.search.application.PartnerCatalogs;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.catalog.PartnershipChanged;
import com.lumenbridge.platform.messaging.EventHandler;

/** Keeps this instance's copy of partnerships current; every running instance gets every event. */
public class PartnershipViewUpdater implements EventHandler<PartnershipChanged> {

    private final PartnerCatalogs partners;

    public PartnershipViewUpdater(PartnerCatalogs partners) {
        this.partners = partners;
    }

    @Override
    public Class<PartnershipChanged> eventClass() {
        return PartnershipChanged.class;
    }

    @Override
    public void handle(EventEnvelope<PartnershipChanged> event) {
        partners.apply(PartnershipEvents.restore(event.data()));
    }

    @Override
    public Delivery delivery() {
        return Delivery.EVERY_INSTANCE;
    }
}
