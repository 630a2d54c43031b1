package com.lumenbridge.crm.profile.messaging;

import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.messaging.EventHandler;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One consumed event type and what the CRM does with it. Named by the event class, which is part of
 * the deduplication key, so every handled type has its own record of handled {@code ce_id}s.
 */
public final class CrmEventHandler<E extends IntegrationEvent> implements EventHandler<E> {

    private final Class<E> eventClass;
    private final Consumer<EventEnvelope<E>> action;

    public CrmEventHandler(Class<E> eventClass, Consumer<EventEnvelope<E>> action) {
        this.eventClass = Objects.requireNonNull(eventClass);
        this.action = Objects.requireNonNull(action);
    }

    @Override
    public Class<E> eventClass() {
        return eventClass;
    }

    @Override
    public void handle(EventEnvelope<E> event) {
        action.accept(event);
    }

    @Override
    public String name() {
        return "Crm" + eventClass.getSimpleName();
    }
}
