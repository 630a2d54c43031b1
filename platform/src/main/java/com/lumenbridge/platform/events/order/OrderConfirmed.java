package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** Every line is held at {@code locationId} until {@code holdExpiresAt} (status {@code CONFIRMED}). */
@EventType(type = "lumenbridge.order.OrderConfirmed.v1", topic = Topics.ORDER_ORDER)
public record OrderConfirmed(String orderId, String storefrontId, String manufacturerId, String locationId, Instant holdExpiresAt, Instant occurredAt) implements IntegrationEvent {

    public OrderConfirmed {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(storefrontId, "storefrontId");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(locationId, "locationId");
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
