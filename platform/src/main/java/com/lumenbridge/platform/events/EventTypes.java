package com.lumenbridge.platform.events;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Reads the wire names of an event class from its {@link EventType}. */
public final class EventTypes {

    private static final ConcurrentMap<Class<?>, EventType> CACHE = new ConcurrentHashMap<>();

    private EventTypes() {
    }

    public static EventType of(Class<? extends IntegrationEvent> eventClass) {
        return CACHE.computeIfAbsent(eventClass, c -> {
            EventType type = c.getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalArgumentException(c.getName() + " is not annotated with @EventType");
            }
            return type;
        });
    }

    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        return of(eventClass).type();
    }

    public static String topicOf(Class<? extends IntegrationEvent> eventClass) {
        return of(eventClass).topic();
    }
}
