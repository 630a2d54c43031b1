package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Lines were sold at the counter and left the store's stock; {@code customer} is {@code null} unless the customer consented. */
@EventType(type = "lumenbridge.store.OfflineSaleRecorded.v1", topic = Topics.STORE_ACTIVITY)
public record OfflineSaleRecorded(String saleId, String storeId, String dealerId, List<String> manufacturerIds, Instant soldAt, List<StockLine> lines, Visitor customer) implements IntegrationEvent {

    public OfflineSaleRecorded {
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(dealerId, "dealerId");
        Objects.requireNonNull(soldAt, "soldAt");
        manufacturerIds = List.copyOf(manufacturerIds);
        lines = List.copyOf(lines);
    }

    @Override
    public String aggregateId() {
        return saleId;
    }
}
