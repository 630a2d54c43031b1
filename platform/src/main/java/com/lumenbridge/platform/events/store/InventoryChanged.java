package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/**
 * The stock of one SKU at one location changed by exact deltas, written in the same document write
 * as the change itself. {@code available} moves by {@code onHandDelta - reservedDelta}. A consumer
 * that applies every event once (deduplicating on {@code ce_id}) keeps the exact level.
 *
 * @param cause     {@code SET}, {@code RECEIVED}, {@code DAMAGED}, {@code COUNT_CORRECTION},
 *                  {@code RESERVED}, {@code RELEASED}, {@code COMMITTED} or {@code SOLD}
 * @param reference the order, sale or adjustment that caused it; {@code null} for {@code SET}
 */
@EventType(type = "lumenbridge.store.InventoryChanged.v1", topic = Topics.STORE_INVENTORY)
public record InventoryChanged(
    String locationId,
    String sku,
    String cause,
    int onHandDelta,
    int reservedDelta,
    String reference,
    Instant occurredAt) implements IntegrationEvent {

    public InventoryChanged {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return locationId + ":" + sku;
    }
}
