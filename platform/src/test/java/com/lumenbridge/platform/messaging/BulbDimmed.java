package com.lumenbridge.platform.messaging;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;

@EventType(type = "lumenbridge.test.BulbDimmed.v1", topic = BulbDimmed.TOPIC)
public record BulbDimmed(String bulbId, int percent) implements IntegrationEvent {

    public static final String TOPIC = "test.bulb.v1";

    @Override
    public String aggregateId() {
        return bulbId;
    }
}
