package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** The hold passed its expiry before completion (status {@code EXPIRED}); store-service has already released it. */
@EventType(type = "lumenbridge.order.OrderExpired.v1", topic = Topics.ORDER_ORDER)
public record OrderExpired(String orderId, String storefrontId, String manufacturerId, Instant occurredAt) implements IntegrationEvent {

    public OrderExpired {
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
