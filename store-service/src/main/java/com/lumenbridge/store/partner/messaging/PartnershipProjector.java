package com.lumenbridge.store.partner.messaging;

import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.catalog.PartnershipChanged;
import com.lumenbridge.platform.messaging.EventHandler;
import com.lumenbridge.store.partner.persistence.Partnerships;

/** Upserts each partnership change; the projection is in Mongo, so one instance handles each event. */
public class PartnershipProjector implements EventHandler<PartnershipChanged> {

    private final Partnerships partnerships;

    public PartnershipProjector(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public Class<PartnershipChanged> eventClass() {
        return PartnershipChanged.class;
    }

    @Override
    public void handle(EventEnvelope<PartnershipChanged> event) {
        PartnershipChanged p = event.data();
        partnerships.apply(p.manufacturerId(), p.partnerTenantId(), p.version(), p.status());
    }
}
