package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** The dealer closed a {@code RESERVE_AND_TRY} order without a sale (status {@code CLOSED_NO_SALE}), or declined a pickup; the hold is released. */
@EventType(type = "lumenbridge.order.OrderDeclined.v1", topic = Topics.ORDER_ORDER)
public record OrderDeclined(String orderId, String storefrontId, String manufacturerId, Instant occurredAt) implements IntegrationEvent {

    public OrderDeclined {
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
