package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.util.List;
import java.util.Objects;

/** The order was completed: its held lines left the location ({@code onHand} and {@code reserved} both dropped). */
@EventType(type = "lumenbridge.store.ReservationCommitted.v1", topic = Topics.STORE_INVENTORY)
public record ReservationCommitted(String orderId, String locationId, List<StockLine> lines) implements IntegrationEvent {

    public ReservationCommitted {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(locationId, "locationId");
        lines = List.copyOf(lines);
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
