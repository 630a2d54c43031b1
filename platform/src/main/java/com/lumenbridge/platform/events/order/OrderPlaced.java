package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.catalog.Price;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A storefront placed an order (status {@code PENDING}). store-service reserves its lines at
 * {@code storeId} (for {@code DELIVERY}, {@code storeId} is {@code null} and it picks a warehouse of
 * the manufacturer); the CRM learns the customer from it.
 */
@EventType(type = "lumenbridge.order.OrderPlaced.v1", topic = Topics.ORDER_ORDER)
public record OrderPlaced(
    String orderId,
    String storefrontId,
    String manufacturerId,
    FulfillmentType fulfillment,
    String storeId,
    List<OrderLine> lines,
    Price total,
    Customer customer,
    Instant placedAt) implements IntegrationEvent {

    public OrderPlaced {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(storefrontId, "storefrontId");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(placedAt, "placedAt");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
