package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A storefront placed an order (status {@code PENDING}). store-service answers with
 * {@code InventoryReserved} or {@code InventoryRejected} for the same order id. {@code storeId} names
 * the dealer store for {@code PICKUP} and {@code RESERVE_AND_TRY} and is {@code null} for
 * {@code DELIVERY}, where the platform picks a warehouse of {@code manufacturerId}. All lines belong
 * to that one manufacturer.
 */
@EventType(type = "lumenbridge.order.OrderPlaced.v1", topic = Topics.ORDER_ORDER)
public record OrderPlaced(
    String orderId,
    String storefrontId,
    String manufacturerId,
    FulfillmentType fulfillment,
    String storeId,
    List<OrderLine> lines,
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
