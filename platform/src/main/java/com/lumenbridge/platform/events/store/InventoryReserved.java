package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Every line of the order is held at {@code locationId} until {@code holdExpiresAt}; the order may be confirmed. */
@EventType(type = "lumenbridge.store.InventoryReserved.v1", topic = Topics.STORE_INVENTORY)
public record InventoryReserved(String orderId, String locationId, String locationTenantId, Instant holdExpiresAt, List<StockLine> lines) implements IntegrationEvent {

    public InventoryReserved {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(locationTenantId, "locationTenantId");
        Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        lines = List.copyOf(lines);
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
