package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.util.List;
import java.util.Objects;

/** The hold of the order is given back to {@code available}; {@code reason} is {@code CANCELLED} or {@code DECLINED}. */
@EventType(type = "lumenbridge.store.ReservationReleased.v1", topic = Topics.STORE_INVENTORY)
public record ReservationReleased(String orderId, String locationId, String reason, List<StockLine> lines) implements IntegrationEvent {

    public ReservationReleased {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(reason, "reason");
        lines = List.copyOf(lines);
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
