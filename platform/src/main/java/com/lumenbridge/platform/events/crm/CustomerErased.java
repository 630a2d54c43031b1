package com.lumenbridge.platform.events.crm;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A manufacturer's CRM profile was anonymised on the person's request. The event carries no personal
 * data: {@code identityKeys} are the {@link IdentityKeys} of every email and phone the profile held,
 * so a service that stored the same keys next to its copies (order-service) can find and mask them.
 */
@EventType(type = "lumenbridge.crm.CustomerErased.v1", topic = Topics.CRM_CUSTOMER)
public record CustomerErased(String customerId, String manufacturerId, List<String> identityKeys, Instant erasedAt)
    implements IntegrationEvent {

    public CustomerErased {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(erasedAt, "erasedAt");
        identityKeys = List.copyOf(identityKeys);
    }

    @Override
    public String aggregateId() {
        return customerId;
    }
}
