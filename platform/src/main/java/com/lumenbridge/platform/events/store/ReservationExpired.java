package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The hold passed {@code holdExpiresAt} before the order completed; the stock is available again. */
@EventType(type = "lumenbridge.store.ReservationExpired.v1", topic = Topics.STORE_INVENTORY)
public record ReservationExpired(String orderId, String locationId, Instant holdExpiresAt, List<StockLine> lines) implements IntegrationEvent {

    public ReservationExpired {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        lines = List.copyOf(lines);
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
