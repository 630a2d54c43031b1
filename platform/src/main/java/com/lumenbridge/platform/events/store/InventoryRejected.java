package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.util.List;
import java.util.Objects;

/** Nothing is held for the order. {@code reason} is {@code INSUFFICIENT_STOCK} (then {@code shortLines} says which lines are short and by how much), {@code UNKNOWN_LOCATION}, {@code LOCATION_NOT_ELIGIBLE} or {@code NO_WAREHOUSE_WITH_STOCK}; {@code locationId} is {@code null} when no location was chosen. */
@EventType(type = "lumenbridge.store.InventoryRejected.v1", topic = Topics.STORE_INVENTORY)
public record InventoryRejected(String orderId, String locationId, String reason, List<ShortLine> shortLines) implements IntegrationEvent {

    public InventoryRejected {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        shortLines = List.copyOf(shortLines);
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
