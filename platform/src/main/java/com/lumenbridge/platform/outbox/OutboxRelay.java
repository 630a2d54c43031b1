package com.lumenbridge.platform.outbox;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox entries to Kafka and removes them once the broker has acknowledged them
 * ({@code acks=all}, idempotent producer). It publishes a document's entries right after the write
 * that added them ({@link Outbox#written}) and sweeps every outbox collection periodically for
 * left-overs, so an entry published but not yet removed when the process died goes out again on
 * the next run: delivery is at least once and consumers deduplicate on {@code ce_id}.
 *
 * <p>One thread does all the work, so one process never publishes the same entry twice at once.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final MongoDatabase database;
    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> collections;
    private final Duration sweepInterval;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter failures;
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(MongoDatabase database, KafkaTemplate<String, byte[]> kafka, List<String> collections,
            Duration sweepInterval, MeterRegistry meters) {
        this.database = database;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.sweepInterval = sweepInterval;
        this.published = Counter.builder("lumenbridge.outbox.published")
            .description("Outbox events published to Kafka and acknowledged").register(meters);
        this.failures = Counter.builder("lumenbridge.outbox.publish.failures")
            .description("Outbox publish attempts that failed and will be retried").register(meters);
        for (String collection : this.collections) {
            AtomicLong pending = new AtomicLong();
            backlog.put(collection, pending);
            Gauge.builder("lumenbridge.outbox.backlog", pending, AtomicLong::get)
                .description("Outbox events written but not yet acknowledged by Kafka")
                .tag("collection", collection)
                .register(meters);
        }
    }

    /** Publishes every pending entry of every outbox collection once; returns how many went out. */
    public int sweep() {
        int count = 0;
        for (String name : collections) {
            MongoCollection<Document> collection = database.getCollection(name);
            for (Document doc : collection.find(Filters.exists(Outbox.FIELD + ".0"))
                    .projection(Projections.include(Outbox.FIELD)).limit(500)) {
                try {
                    count += relay(collection, doc);
                } catch (RuntimeException e) {
                    // one document that cannot go out now must not hold back the others
                    log.warn("Outbox events of {} {} stay pending: {}", name, doc.get("_id"), e.getMessage());
                }
            }
            backlog.get(name).set(countPending(collection));
        }
        return count;
    }

    /** Publishes the pending entries of one document; returns how many went out. */
    public int relay(String collectionName, Object id) {
        MongoCollection<Document> collection = database.getCollection(collectionName);
        Document doc = collection.find(Filters.eq("_id", id)).projection(Projections.include(Outbox.FIELD)).first();
        return doc == null ? 0 : relay(collection, doc);
    }

    void publishSoon(String collection, Object id) {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(() -> guarded(() -> relay(collection, id)));
        }
    }

    private int relay(MongoCollection<Document> collection, Document doc) {
        List<Document> entries = doc.getList(Outbox.FIELD, Document.class, List.of());
        if (entries.isEmpty()) {
            return 0;
        }
        publish(entries);
        markSent(collection, doc.get("_id"), entries.stream().map(e -> e.getString("id")).toList());
        published.increment(entries.size());
        return entries.size();
    }

    /** Sends the entries in order and waits until the broker has acknowledged every one. */
    protected void publish(List<Document> entries) {
        List<CompletableFuture<?>> sends = new ArrayList<>(entries.size());
        for (Document entry : entries) {
            sends.add(kafka.send(record(entry)));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            failures.increment();
            throw new IllegalStateException("Kafka did not acknowledge outbox events; they stay pending", e);
        }
    }

    /** Removes the published entries from the document, leaving any added since. */
    protected void markSent(MongoCollection<Document> collection, Object id, List<String> entryIds) {
        collection.updateOne(Filters.eq("_id", id),
            Updates.pullByFilter(new Document(Outbox.FIELD, new Document("id", new Document("$in", entryIds)))));
    }

    static ProducerRecord<String, byte[]> record(Document entry) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.getString("topic"), entry.getString("subject"),
            entry.getString("data").getBytes(StandardCharsets.UTF_8));
        var headers = record.headers();
        CloudEventHeaders.put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        CloudEventHeaders.put(headers, CloudEventHeaders.ID, entry.getString("id"));
        CloudEventHeaders.put(headers, CloudEventHeaders.TYPE, entry.getString("type"));
        CloudEventHeaders.put(headers, CloudEventHeaders.SOURCE, entry.getString("source"));
        CloudEventHeaders.put(headers, CloudEventHeaders.SUBJECT, entry.getString("subject"));
        CloudEventHeaders.put(headers, CloudEventHeaders.TENANT_ID, entry.getString("tenantId"));
        CloudEventHeaders.put(headers, CloudEventHeaders.TIME,
            DateTimeFormatter.ISO_INSTANT.format(entry.get("time", Date.class).toInstant()));
        CloudEventHeaders.put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        CloudEventHeaders.put(headers, CloudEventHeaders.TRACEPARENT, entry.getString("traceparent"));
        return record;
    }

    private static long countPending(MongoCollection<Document> collection) {
        long pending = 0;
        for (Document doc : collection.find(Filters.exists(Outbox.FIELD + ".0")).projection(Projections.include(Outbox.FIELD))) {
            pending += doc.getList(Outbox.FIELD, Document.class, List.of()).size();
        }
        return pending;
    }

    private void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed; pending events will be retried: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(() -> guarded(this::sweep), 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
