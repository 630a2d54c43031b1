package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** The storefront cancelled the order before completion (status {@code CANCELLED}); whatever is held for it is released. */
@EventType(type = "lumenbridge.order.OrderCancelled.v1", topic = Topics.ORDER_ORDER)
public record OrderCancelled(String orderId, String storefrontId, String manufacturerId, Instant occurredAt) implements IntegrationEvent {

    public OrderCancelled {
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
