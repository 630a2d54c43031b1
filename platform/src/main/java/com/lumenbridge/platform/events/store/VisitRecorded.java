package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A consumer checked in at a store; {@code visitor} is {@code null} unless the visitor consented. */
@EventType(type = "lumenbridge.store.VisitRecorded.v1", topic = Topics.STORE_ACTIVITY)
public record VisitRecorded(String visitId, String storeId, String dealerId, List<String> manufacturerIds, Instant visitedAt, List<String> products, Visitor visitor) implements IntegrationEvent {

    public VisitRecorded {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(dealerId, "dealerId");
        Objects.requireNonNull(visitedAt, "visitedAt");
        manufacturerIds = List.copyOf(manufacturerIds);
        products = List.copyOf(products);
    }

    @Override
    public String aggregateId() {
        return visitId;
    }
}
