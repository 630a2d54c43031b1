package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** The consumer collected and paid (status {@code COMPLETED}); the reservation is committed and the stock leaves the location. */
@EventType(type = "lumenbridge.order.OrderCompleted.v1", topic = Topics.ORDER_ORDER)
public record OrderCompleted(String orderId, String storefrontId, String manufacturerId, Instant occurredAt) implements IntegrationEvent {

    public OrderCompleted {
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
