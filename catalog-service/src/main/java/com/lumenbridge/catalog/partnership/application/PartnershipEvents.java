package com.lumenbridge.catalog.partnership.application;

import com.lumenbridge.catalog.partnership.domain.Partnership;
import com.lumenbridge.catalog.partnership.domain.PartnershipStatus;
import com.lumenbridge.platform.events.catalog.PartnershipChanged;

/** Partnerships to and from their integration event. */
public final class PartnershipEvents {

    private PartnershipEvents() {
    }

    public static PartnershipChanged changed(Partnership p) {
        return new PartnershipChanged(p.manufacturerId(), p.partnerTenantId(), p.version(), p.priceListId(), p.status().name());
    }

    public static Partnership restore(PartnershipChanged event) {
        return Partnership.restore(event.manufacturerId(), event.partnerTenantId(), event.priceListId(),
            PartnershipStatus.valueOf(event.status()), event.version());
    }
}
