package com.lumenbridge.catalog.search.messaging;

import com.lumenbridge.catalog.pricing.application.PriceListEvents;
import com.lumenbridge.catalog.search.application.PartnerCatalogs;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.catalog.PriceListChanged;
import com.lumenbridge.platform.messaging.EventHandler;

/** Keeps this instance's copy of price lists current; every running instance gets every event. */
public class PriceListViewUpdater implements EventHandler<PriceListChanged> {

    private final PartnerCatalogs partners;

    public PriceListViewUpdater(PartnerCatalogs partners) {
        this.partners = partners;
    }

    @Override
    public Class<PriceListChanged> eventClass() {
        return PriceListChanged.class;
    }

    @Override
    public void handle(EventEnvelope<PriceListChanged> event) {
        partners.apply(PriceListEvents.restore(event.data()));
    }

    @Override
    public Delivery delivery() {
        return Delivery.EVERY_INSTANCE;
    }
}
