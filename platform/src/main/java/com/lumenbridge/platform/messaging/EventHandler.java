package com.lumenbridge.platform.messaging;

import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.IntegrationEvent;

/**
 * Handles one integration event type. Declare implementations as beans; {@link EventSubscriptions}
 * subscribes to their topics, skips events this handler already handled (by {@code ce_id}),
 * commits the offset only after {@link #handle} returns, retries a failure a few times and then
 * sends the record to {@code <topic>.dlt}.
 *
 * <p>Delivery is at least once: if the process dies after {@link #handle} changed state but before
 * the event was recorded as handled, it comes again. Make the state change idempotent on its
 * business key, or record {@link EventEnvelope#id()} in the same single-document write.
 */
public interface EventHandler<T extends IntegrationEvent> {

    Class<T> eventClass();

    void handle(EventEnvelope<T> event);

    /** Distinguishes handlers of the same event in one service; part of the deduplication key. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Whether one instance of the service handles each event, or every running instance does. */
    default Delivery delivery() {
        return Delivery.SHARED;
    }

    enum Delivery {
        /**
         * One instance of the service handles each event, once: the service's consumer group shares
         * the partitions and a handled {@code ce_id} is skipped on redelivery.
         */
        SHARED,
        /**
         * Every running instance receives every event published after it subscribed, for state each
         * instance keeps in memory (a search index). No deduplication: the handler must be idempotent.
         */
        EVERY_INSTANCE
    }
}
