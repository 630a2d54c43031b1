package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** The consumer collected the order (status {@code COMPLETED}); the held stock leaves the location. */
@EventType(type = "lumenbridge.order.OrderCompleted.v1", topic = Topics.ORDER_ORDER)
public record OrderCompleted(String orderId, String storefrontId, Instant occurredAt) implements IntegrationEvent {

    public OrderCompleted {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(storefrontId, "storefrontId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
