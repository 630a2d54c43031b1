package com.lumenbridge.platform.events;

import java.time.Instant;

/** A received event with the CloudEvents attributes that came with it. */
public record EventEnvelope<T extends IntegrationEvent>(
    String id,
    String type,
    String source,
    Instant time,
    String subject,
    String tenantId,
    String topic,
    T data) {
}
