package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.store.ShortLine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** No reservation could be made (status {@code REJECTED}); {@code reason} is what the storefront can show, {@code shortLines} names lines short of stock. */
@EventType(type = "lumenbridge.order.OrderRejected.v1", topic = Topics.ORDER_ORDER)
public record OrderRejected(String orderId, String storefrontId, String manufacturerId, String reason, List<ShortLine> shortLines, Instant occurredAt) implements IntegrationEvent {

    public OrderRejected {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(storefrontId, "storefrontId");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reason, "reason");
        shortLines = shortLines == null ? List.of() : List.copyOf(shortLines);
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
