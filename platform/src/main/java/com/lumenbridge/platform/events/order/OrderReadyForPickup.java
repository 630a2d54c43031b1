package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** The fulfilling dealer has the goods ready at the counter (status {@code READY_FOR_PICKUP}). */
@EventType(type = "lumenbridge.order.OrderReadyForPickup.v1", topic = Topics.ORDER_ORDER)
public record OrderReadyForPickup(String orderId, String storefrontId, String manufacturerId, Instant occurredAt) implements IntegrationEvent {

    public OrderReadyForPickup {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(storefrontId, "storefrontId");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
