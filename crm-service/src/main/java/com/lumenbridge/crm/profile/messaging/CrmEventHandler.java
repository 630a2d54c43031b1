package com.lumenbridge.crm.profile.messaging;

import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.messaging.EventHandler;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One consumed event type and what the CRM does with it. Every CRM handler is idempotent on its
 * business key — a profile is its history keyed by order, appointment, visit and sale ids, a status
 * never moves back in time, the product projection keeps the highest version — so the platform's
 * {@code ce_id} record (two Mongo round trips per event) is not kept: a redelivery applies again and
 * changes nothing. Profile writes are version-checked, so handlers run on several listener threads
 * (one per partition, keeping per-key order) as safely as on two instances.
 */
public final class CrmEventHandler<E extends IntegrationEvent> implements EventHandler<E> {

    private final Class<E> eventClass;
    private final Consumer<EventEnvelope<E>> action;
    private final Consumer<List<EventEnvelope<E>>> batchAction;
    private final int concurrency;

    public CrmEventHandler(Class<E> eventClass, Consumer<EventEnvelope<E>> action) {
        this(eventClass, action, null, 1);
    }

    /** A handler that also takes a poll's events at once ({@code batchAction}, same effect as {@code action} on each). */
    public CrmEventHandler(Class<E> eventClass, Consumer<EventEnvelope<E>> action,
            Consumer<List<EventEnvelope<E>>> batchAction) {
        this(eventClass, action, Objects.requireNonNull(batchAction), 1);
    }

    private CrmEventHandler(Class<E> eventClass, Consumer<EventEnvelope<E>> action,
            Consumer<List<EventEnvelope<E>>> batchAction, int concurrency) {
        this.eventClass = Objects.requireNonNull(eventClass);
        this.action = Objects.requireNonNull(action);
        this.batchAction = batchAction;
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /** This handler on {@code threads} listener threads of its topic (at most one per partition works). */
    public CrmEventHandler<E> withConcurrency(int threads) {
        return new CrmEventHandler<>(eventClass, action, batchAction, threads);
    }

    @Override
    public boolean batches() {
        return batchAction != null;
    }

    @Override
    public void handleAll(List<EventEnvelope<E>> events) {
        if (batchAction == null) {
            events.forEach(this::handle);
        } else {
            batchAction.accept(events);
        }
    }

    @Override
    public boolean deduplicateById() {
        return false;
    }

    @Override
    public int concurrency() {
        return concurrency;
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
