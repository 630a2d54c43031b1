package com.lumenbridge.platform.events.store;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A showroom or consultation appointment was booked; {@code visitor} is {@code null} unless the visitor consented. */
@EventType(type = "lumenbridge.store.AppointmentBooked.v1", topic = Topics.STORE_ACTIVITY)
public record AppointmentBooked(String appointmentId, String storeId, String dealerId, List<String> manufacturerIds, String service, Instant slotStart, Instant slotEnd, List<String> products, Visitor visitor) implements IntegrationEvent {

    public AppointmentBooked {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(dealerId, "dealerId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(slotStart, "slotStart");
        Objects.requireNonNull(slotEnd, "slotEnd");
        manufacturerIds = List.copyOf(manufacturerIds);
        products = List.copyOf(products);
    }

    @Override
    public String aggregateId() {
        return appointmentId;
    }
}
