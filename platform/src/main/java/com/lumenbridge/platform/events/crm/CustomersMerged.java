package com.lumenbridge.platform.events.crm;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** Two profiles of one manufacturer turned out to be one person; {@code mergedId} now points to {@code survivorId}. */
@EventType(type = "lumenbridge.crm.CustomersMerged.v1", topic = Topics.CRM_CUSTOMER)
public record CustomersMerged(String survivorId, String mergedId, String manufacturerId, String reason, Instant mergedAt)
    implements IntegrationEvent {

    public CustomersMerged {
        Objects.requireNonNull(survivorId, "survivorId");
        Objects.requireNonNull(mergedId, "mergedId");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(mergedAt, "mergedAt");
    }

    @Override
    public String aggregateId() {
        return survivorId;
    }
}
