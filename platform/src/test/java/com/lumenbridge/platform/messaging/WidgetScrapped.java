package com.lumenbridge.platform.messaging;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;

@EventType(type = "lumenbridge.test.WidgetScrapped.v1", topic = WidgetRenamed.TOPIC)
public record WidgetScrapped(String widgetId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return widgetId;
    }
}
