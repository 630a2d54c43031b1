package com.lumenbridge.platform.messaging;

import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.util.List;

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

    /**
     * Whether a {@code SHARED} event this handler handled is recorded by {@code ce_id} and skipped
     * when it comes again. A handler whose state change is idempotent on its business key (applying
     * the event twice changes nothing the second time) may answer false and save the two Mongo round
     * trips per event the record costs; a redelivery is then simply applied again.
     */
    default boolean deduplicateById() {
        return true;
    }

    /**
     * How many listener threads this handler's topic should run in this instance; the topic gets the
     * highest any of its handlers asks for. Kafka assigns each partition to one thread, so events of
     * one key stay in order; threads beyond the topic's partition count stay idle. A handler asking
     * for more than one must be safe to run concurrently for different keys.
     */
    default int concurrency() {
        return 1;
    }

    /**
     * Whether this handler takes the events of one poll at once, through {@link #handleAll}, so it can
     * share reads and writes across them. Its topic is then consumed by a batch listener: each poll is
     * cut into runs of consecutive records of this handler (other records are handled one at a time,
     * so order within a partition is kept) and each run goes to {@link #handleAll}. If a run fails,
     * its records are handled again one by one through {@link #handle}, and the one that fails is
     * retried and dead-lettered like any other — so a batching handler must be idempotent on its
     * business key: part of a failed run may already have been applied.
     */
    default boolean batches() {
        return false;
    }

    /** Handles consecutive events of one poll, in order, with the same effect as {@link #handle} on each. */
    default void handleAll(List<EventEnvelope<T>> events) {
        events.forEach(this::handle);
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
