package com.lumenbridge.platform.messaging;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.EventTypes;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.MalformedEvent;
import com.lumenbridge.platform.observability.LogFields;
import com.lumenbridge.platform.messaging.EventHandler.Delivery;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one Kafka listener container per topic and {@link Delivery} that some {@link EventHandler}
 * bean needs. {@code SHARED} handlers consume in the service's consumer group with deduplication on
 * {@code ce_id} (unless a handler, idempotent on its business key, opts out); {@code EVERY_INSTANCE}
 * handlers consume in a group of their own per running instance, from the moment it subscribed.
 * Offsets are committed after handling, at most once a second ({@link #COMMIT_EVERY}); a failing record is retried {@code maxRetries}
 * times and then published to {@code <topic>.dlt}. A topic runs as many listener threads as its
 * handlers ask for ({@link EventHandler#concurrency()}).
 */
public class EventSubscriptions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventSubscriptions.class);
    /** How often a consumer commits the offsets of what it handled. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(1);

    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaTemplate<String, byte[]> deadLetters;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final String group;
    private final String instanceGroup;
    private final FixedBackOff backOff;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private volatile boolean running;

    public EventSubscriptions(List<EventHandler<?>> handlers, ConsumerFactory<String, byte[]> consumers,
            KafkaTemplate<String, byte[]> deadLetters, ProcessedEvents processed, JsonMapper json,
            MeterRegistry meters, ObservationRegistry observations, String group, Duration retryInterval,
            int maxRetries) {
        this.consumers = consumers;
        this.deadLetters = deadLetters;
        this.processed = processed;
        this.json = json;
        this.meters = meters;
        this.observations = observations;
        this.group = group;
        this.instanceGroup = group + ".instance-" + UUID.randomUUID();
        this.backOff = new FixedBackOff(retryInterval.toMillis(), maxRetries);
        Map<String, Subscription> byKey = new LinkedHashMap<>();
        for (EventHandler<?> handler : handlers) {
            var type = EventTypes.of(handler.eventClass());
            byKey.computeIfAbsent(type.topic() + "|" + handler.delivery(),
                    k -> new Subscription(type.topic(), handler.delivery()))
                .add(type.type(), handler);
        }
        subscriptions.addAll(byKey.values());
        // at zero from start-up: the dead-letter alert and dashboard need a series before the first failure
        topics().forEach(this::deadLettered);
    }

    private Counter deadLettered(String topic) {
        return Counter.builder("lumenbridge.events.dead.lettered")
            .description("Integration events that failed every retry and went to the dead-letter topic")
            .tag("topic", topic)
            .register(meters);
    }

    /** The topics this service listens to. */
    public List<String> topics() {
        return subscriptions.stream().map(s -> s.topic).distinct().toList();
    }

    /**
     * Waits until every subscription has partitions assigned, so state rebuilt after this returns
     * misses no event: whatever changes later arrives through Kafka.
     */
    public boolean awaitAssignment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Subscription subscription : subscriptions) {
            if (!subscription.assigned.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    private void onRecord(Subscription subscription, ConsumerRecord<String, byte[]> record) {
        String id = CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID);
        String type = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new MalformedEvent("Record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " has no ce_id or ce_type", null);
        }
        List<EventHandler<?>> handlers = subscription.handlersByType.getOrDefault(type, List.of());
        if (handlers.isEmpty()) {
            count(record.topic(), type, "ignored");
            return;
        }
        String tenantId = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TENANT_ID);
        if (tenantId != null) {
            MDC.put(LogFields.TENANT_ID, tenantId);
        }
        try {
            for (EventHandler<?> handler : handlers) {
                dispatch(handler, subscription.delivery, record, id, type, tenantId);
            }
        } finally {
            MDC.remove(LogFields.TENANT_ID);
        }
    }

    /**
     * One poll of a topic with a batching handler: runs of consecutive records that only that handler
     * handles go to {@link EventHandler#handleAll}; every other record is handled as by
     * {@link #onRecord}. A failure is pinned to its record, so the error handler commits what came
     * before it, retries it and dead-letters it as for a record listener.
     */
    private void onBatch(Subscription subscription, List<ConsumerRecord<String, byte[]>> records) {
        int start = 0;
        while (start < records.size()) {
            EventHandler<?> batching = batchingHandler(subscription, records.get(start));
            int end = start + 1;
            if (batching != null) {
                while (end < records.size() && batchingHandler(subscription, records.get(end)) == batching) {
                    end++;
                }
            }
            List<ConsumerRecord<String, byte[]>> run = records.subList(start, end);
            if (batching == null || run.size() == 1 || !handleRun(batching, subscription.delivery, run)) {
                for (ConsumerRecord<String, byte[]> record : run) {
                    try {
                        onRecord(subscription, record);
                    } catch (RuntimeException e) {
                        throw new BatchListenerFailedException("Event failed: " + e.getMessage(), e, record);
                    }
                }
            }
            start = end;
        }
    }

    /** The one batching handler of this record's type, or null. */
    private static EventHandler<?> batchingHandler(Subscription subscription, ConsumerRecord<String, byte[]> record) {
        String type = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
        String id = CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID);
        List<EventHandler<?>> handlers = type == null || id == null ? List.of()
            : subscription.handlersByType.getOrDefault(type, List.of());
        return handlers.size() == 1 && handlers.get(0).batches() ? handlers.get(0) : null;
    }

    /** Hands a run to {@link EventHandler#handleAll}; false if any record of it needs handling one by one. */
    private <T extends IntegrationEvent> boolean handleRun(EventHandler<T> handler, Delivery delivery,
            List<ConsumerRecord<String, byte[]>> run) {
        boolean deduplicate = delivery == Delivery.SHARED && handler.deduplicateById();
        String handlerKey = group + "|" + handler.name();
        List<EventEnvelope<T>> events = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> handled = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : run) {
            String id = CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID);
            String type = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
            if (deduplicate && processed.contains(handlerKey, id)) {
                count(record.topic(), type, "duplicate");
                continue;
            }
            try {
                events.add(envelope(handler, record, id, type,
                    CloudEventHeaders.get(record.headers(), CloudEventHeaders.TENANT_ID)));
            } catch (MalformedEvent e) {
                return false;
            }
            handled.add(record);
        }
        try {
            handler.handleAll(events);
        } catch (RuntimeException e) {
            log.warn("A run of {} {} events failed ({}); handling them one by one", events.size(),
                handler.eventClass().getSimpleName(), e.getMessage());
            return false;
        }
        for (int i = 0; i < handled.size(); i++) {
            ConsumerRecord<String, byte[]> record = handled.get(i);
            if (deduplicate) {
                processed.record(handlerKey, events.get(i).id(), record.topic());
            }
            count(record.topic(), events.get(i).type(), "handled");
        }
        return true;
    }

    private <T extends IntegrationEvent> EventEnvelope<T> envelope(EventHandler<T> handler,
            ConsumerRecord<String, byte[]> record, String id, String type, String tenantId) {
        T data;
        try {
            data = json.readValue(record.value(), handler.eventClass());
        } catch (JacksonException e) {
            throw new MalformedEvent("Event " + id + " of type " + type + " has unreadable data", e);
        }
        String time = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TIME);
        return new EventEnvelope<>(id, type, CloudEventHeaders.get(record.headers(), CloudEventHeaders.SOURCE),
            time == null ? null : Instant.parse(time), CloudEventHeaders.get(record.headers(), CloudEventHeaders.SUBJECT),
            tenantId, record.topic(), data);
    }

    private <T extends IntegrationEvent> void dispatch(EventHandler<T> handler, Delivery delivery,
            ConsumerRecord<String, byte[]> record, String id, String type, String tenantId) {
        boolean deduplicate = delivery == Delivery.SHARED && handler.deduplicateById();
        String handlerKey = group + "|" + handler.name();
        if (deduplicate && processed.contains(handlerKey, id)) {
            count(record.topic(), type, "duplicate");
            return;
        }
        handler.handle(envelope(handler, record, id, type, tenantId));
        if (deduplicate) {
            processed.record(handlerKey, id, record.topic());
        }
        count(record.topic(), type, "handled");
    }

    private void count(String topic, String type, String outcome) {
        Counter.builder("lumenbridge.events.consumed")
            .description("Integration events received, by outcome (handled, duplicate, ignored)")
            .tags("topic", topic, "type", type, "outcome", outcome)
            .register(meters)
            .increment();
    }

    private DefaultErrorHandler errorHandler() {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
            (record, e) -> new TopicPartition(record.topic() + ".dlt", -1));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            log.error("Event at {}-{}@{} failed {} times; sent to {}.dlt: {}", record.topic(), record.partition(),
                record.offset(), backOff.getMaxAttempts() + 1, record.topic(), e.getMessage());
            deadLettered(record.topic()).increment();
            recoverer.accept(record, e);
        }, backOff);
        handler.addNotRetryableExceptions(MalformedEvent.class);
        return handler;
    }

    @Override
    public void start() {
        for (Subscription subscription : subscriptions) {
            ContainerProperties properties = new ContainerProperties(subscription.topic);
            // offsets of handled (or recovered) records are committed at most once a COMMIT_EVERY, and
            // when partitions are revoked or the container stops. A synchronous commit per record capped a
            // consumer at a few hundred events a second; one per poll was still a broker round trip per
            // event and consumer under the order bench (five per order, with the consumer waiting on each).
            // Redelivery after a crash grows to that second's events, which every handler deduplicates.
            properties.setAckMode(ContainerProperties.AckMode.TIME);
            properties.setAckTime(COMMIT_EVERY.toMillis());
            // the listener observation continues the producer's trace from the traceparent header
            properties.setObservationEnabled(true);
            properties.setObservationRegistry(observations);
            if (subscription.batches) {
                properties.setMessageListener(
                    (BatchMessageListener<String, byte[]>) records -> onBatch(subscription, records));
            } else {
                properties.setMessageListener((MessageListener<String, byte[]>) r -> onRecord(subscription, r));
            }
            properties.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    subscription.assigned.countDown();
                }
            });
            if (subscription.delivery == Delivery.EVERY_INSTANCE) {
                properties.setGroupId(instanceGroup);
                Properties fromNow = new Properties();
                fromNow.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
                properties.setKafkaConsumerProperties(fromNow);
            } else {
                properties.setGroupId(group);
            }
            ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(consumers, properties);
            container.setConcurrency(subscription.concurrency);
            container.setCommonErrorHandler(errorHandler());
            container.setBeanName("events-" + subscription.topic + "-" + subscription.delivery.name().toLowerCase());
            container.start();
            subscription.container = container;
        }
        running = true;
    }

    @Override
    public void stop() {
        for (Subscription subscription : subscriptions) {
            if (subscription.container != null) {
                subscription.container.stop();
                subscription.container = null;
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static final class Subscription {
        private final String topic;
        private final Delivery delivery;
        private final Map<String, List<EventHandler<?>>> handlersByType = new LinkedHashMap<>();
        private final CountDownLatch assigned = new CountDownLatch(1);
        private int concurrency = 1;
        private boolean batches;
        private volatile ConcurrentMessageListenerContainer<String, byte[]> container;

        private Subscription(String topic, Delivery delivery) {
            this.topic = topic;
            this.delivery = delivery;
        }

        private Subscription add(String type, EventHandler<?> handler) {
            handlersByType.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
            concurrency = Math.max(concurrency, handler.concurrency());
            batches |= handler.batches();
            return this;
        }
    }
}
