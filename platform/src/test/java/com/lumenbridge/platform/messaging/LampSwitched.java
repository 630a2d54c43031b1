package com.lumenbridge.platform.messaging;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;

@EventType(type = "lumenbridge.test.LampSwitched.v1", topic = LampSwitched.TOPIC)
public record LampSwitched(String lampId, boolean on) implements IntegrationEvent {

    public static final String TOPIC = "test.lamp.v1";

    @Override
    public String aggregateId() {
        return lampId;
    }
}
