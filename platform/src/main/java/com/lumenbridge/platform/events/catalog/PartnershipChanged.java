package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.util.Objects;

/**
 * A manufacturer created or changed its partnership with a storefront or dealer: the whole state
 * at {@link #version()}. While {@code status} is {@code ACTIVE} the partner sees the manufacturer's
 * ACTIVE products at the prices of {@link #priceListId()}; while {@code SUSPENDED} it sees none.
 */
@EventType(type = "lumenbridge.catalog.PartnershipChanged.v1", topic = Topics.CATALOG_PARTNERSHIP)
public record PartnershipChanged(
    String manufacturerId,
    String partnerTenantId,
    long version,
    String priceListId,
    String status) implements IntegrationEvent {

    public PartnershipChanged {
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(partnerTenantId, "partnerTenantId");
        Objects.requireNonNull(priceListId, "priceListId");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String aggregateId() {
        return manufacturerId + ":" + partnerTenantId;
    }
}
