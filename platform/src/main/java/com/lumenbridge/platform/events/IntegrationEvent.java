package com.lumenbridge.platform.events;

/**
 * An event that crosses Kafka between services. Implementations are immutable, versioned records
 * annotated with {@link EventType}; they carry no secrets and no personal data beyond what their
 * consumers need.
 */
public interface IntegrationEvent {

    /** The id of the aggregate the event is about: the Kafka record key and {@code ce_subject}. */
    String aggregateId();
}
