package com.lumenbridge.platform.messaging;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;

@EventType(type = "lumenbridge.test.WidgetRenamed.v1", topic = WidgetRenamed.TOPIC)
public record WidgetRenamed(String widgetId, String name) implements IntegrationEvent {

    public static final String TOPIC = "test.widget.v1";

    @Override
    public String aggregateId() {
        return widgetId;
    }
}
