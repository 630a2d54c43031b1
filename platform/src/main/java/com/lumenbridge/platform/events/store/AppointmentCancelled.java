package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.Objects;

/** The appointment changed status to CANCELLED. */
@EventType(type = "lumenbridge.store.AppointmentCancelled.v1", topic = Topics.STORE_ACTIVITY)
public record AppointmentCancelled(String appointmentId, String storeId, String dealerId, Instant slotStart, Instant occurredAt) implements IntegrationEvent {

    public AppointmentCancelled {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(dealerId, "dealerId");
        Objects.requireNonNull(slotStart, "slotStart");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return appointmentId;
    }
}
