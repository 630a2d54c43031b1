package com.lumenbridge.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.outbox.OutboxRelay;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Two applications, as two services would be: a producer that writes events through the outbox,
 * and a consumer in its own consumer group and database. Everything goes over the real embedded
 * Kafka broker and Mongo server.
 */
@WithEmbeddedInfrastructure
class OutboxToConsumerIT {

    private static ConfigurableApplicationContext producer;
    private static ConfigurableApplicationContext consumer;

    @BeforeAll
    static void startBothServices() {
        EmbeddedInfrastructure.start().kafka().addTopics(WidgetRenamed.TOPIC);
        consumer = new SpringApplicationBuilder(ConsumerService.class).web(WebApplicationType.NONE)
            .properties("spring.application.name=widget-consumer", "lumenbridge.mongodb.database=consumer_it",
                "lumenbridge.messaging.max-retries=2", "lumenbridge.messaging.retry-interval=50ms")
            .run();
        producer = new SpringApplicationBuilder(ProducerService.class).web(WebApplicationType.NONE)
            .properties("spring.application.name=widget-producer", "lumenbridge.mongodb.database=producer_it",
                "lumenbridge.outbox.collections=widgets")
            .run();
    }

    @AfterAll
    static void stop() {
        producer.close();
        consumer.close();
    }

    @Test
    void anEventPublishedTwiceBecauseTheRelayDiedBeforeMarkingItIsHandledOnce() {
        String widgetId = "w-" + UUID.randomUUID();
        MongoCollection<Document> widgets = producer.getBean(MongoDatabase.class).getCollection("crashing_widgets");
        widgets.insertOne(new Document("_id", widgetId).append("name", "A60 bulb")
            .append(Outbox.FIELD, producer.getBean(Outbox.class).entries("tenant-a", List.of(new WidgetRenamed(widgetId, "A60 bulb")))));
        OutboxRelay dying = new OutboxRelay(producer.getBean(MongoDatabase.class), eventTemplate(),
            List.of("crashing_widgets"), Duration.ofHours(1), producer.getBean(MeterRegistry.class)) {
            @Override
            protected void markSent(MongoCollection<Document> collection, Map<Object, List<String>> entryIds) {
                throw new IllegalStateException("relay killed between publish and mark");
            }
        };

        assertThatThrownBy(() -> dying.relay("crashing_widgets", widgetId)).hasMessageContaining("killed");
        assertThat(pendingEntries(widgets, widgetId)).isEqualTo(1);

        OutboxRelay restarted = new OutboxRelay(producer.getBean(MongoDatabase.class), eventTemplate(),
            List.of("crashing_widgets"), Duration.ofHours(1), producer.getBean(MeterRegistry.class));
        assertThat(restarted.sweep()).isEqualTo(1);
        assertThat(pendingEntries(widgets, widgetId)).isZero();

        List<ConsumerRecord<String, byte[]>> onTheWire = readTopic(WidgetRenamed.TOPIC, widgetId, 2);
        assertThat(onTheWire).hasSize(2);
        assertThat(onTheWire).extracting(r -> CloudEventHeaders.get(r.headers(), CloudEventHeaders.ID)).containsOnly(
            CloudEventHeaders.get(onTheWire.get(0).headers(), CloudEventHeaders.ID));
        RecordingHandler handler = consumer.getBean(RecordingHandler.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed("duplicate", widgetId) >= 1);
        assertThat(handler.handledFor(widgetId)).hasSize(1);
        assertThat(handler.handledFor(widgetId).get(0).data().name()).isEqualTo("A60 bulb");
    }

    @Test
    void theRelayPublishesACloudEventInBinaryModeRightAfterTheWrite() {
        String widgetId = "w-" + UUID.randomUUID();
        Outbox outbox = producer.getBean(Outbox.class);
        producer.getBean(MongoDatabase.class).getCollection("widgets").insertOne(new Document("_id", widgetId)
            .append(Outbox.FIELD, outbox.entries("tenant-b", List.of(new WidgetRenamed(widgetId, "T8 tube")))));
        outbox.written("widgets", widgetId);

        ConsumerRecord<String, byte[]> record = readTopic(WidgetRenamed.TOPIC, widgetId, 1).get(0);

        assertThat(record.key()).isEqualTo(widgetId);
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
            .isEqualTo("{\"widgetId\":\"" + widgetId + "\",\"name\":\"T8 tube\"}");
        assertThat(CloudEventHeaders.get(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventHeaders.get(record.headers(), "ce_type")).isEqualTo("lumenbridge.test.WidgetRenamed.v1");
        assertThat(CloudEventHeaders.get(record.headers(), "ce_source")).isEqualTo("/lumenbridge/widget-producer");
        assertThat(CloudEventHeaders.get(record.headers(), "ce_subject")).isEqualTo(widgetId);
        assertThat(CloudEventHeaders.get(record.headers(), "ce_tenantid")).isEqualTo("tenant-b");
        assertThat(CloudEventHeaders.get(record.headers(), "ce_time")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(CloudEventHeaders.get(record.headers(), "ce_id")).hasSize(36);
        assertThat(CloudEventHeaders.get(record.headers(), "content-type")).isEqualTo("application/json");
        await().atMost(Duration.ofSeconds(30))
            .until(() -> consumer.getBean(RecordingHandler.class).handledFor(widgetId).size() == 1);
    }

    @Test
    void aBurstOfWritesGoesOutTogetherAndEveryEventArrivesOnce() {
        Outbox outbox = producer.getBean(Outbox.class);
        MongoCollection<Document> widgets = producer.getBean(MongoDatabase.class).getCollection("widgets");
        String prefix = "burst-" + UUID.randomUUID() + "-";
        for (int i = 0; i < 1200; i++) {
            String id = prefix + i;
            widgets.insertOne(new Document("_id", id)
                .append(Outbox.FIELD, outbox.entries("tenant-e", List.of(new WidgetRenamed(id, "strip " + i)))));
            outbox.written("widgets", id);
        }

        RecordingHandler handler = consumer.getBean(RecordingHandler.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> handler.handledWithPrefix(prefix) == 1200);
        assertThat(widgets.countDocuments(Filters.and(Filters.regex("_id", "^" + prefix),
            Filters.exists(Outbox.FIELD + ".0")))).isZero();
    }

    @Test
    void theConsumerContinuesTheTraceOfTheWriteThatCausedTheEvent() {
        String widgetId = "w-" + UUID.randomUUID();
        Tracer tracer = producer.getBean(Tracer.class);
        Span span = tracer.nextSpan().name("rename widget").start();
        Outbox outbox = producer.getBean(Outbox.class);
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            producer.getBean(MongoDatabase.class).getCollection("widgets").insertOne(new Document("_id", widgetId)
                .append(Outbox.FIELD, outbox.entries("tenant-c", List.of(new WidgetRenamed(widgetId, "GU10 spot")))));
        } finally {
            span.end();
        }
        outbox.written("widgets", widgetId);

        RecordingHandler handler = consumer.getBean(RecordingHandler.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> handler.handledFor(widgetId).size() == 1);

        assertThat(handler.traceIds.get(widgetId)).isEqualTo(span.context().traceId());
        assertThat(handler.tenantIds.get(widgetId)).isEqualTo("tenant-c");
    }

    @Test
    void anEventThatKeepsFailingGoesToTheDeadLetterTopicAfterBoundedRetries() {
        String widgetId = "w-" + UUID.randomUUID();
        Outbox outbox = producer.getBean(Outbox.class);
        producer.getBean(MongoDatabase.class).getCollection("widgets").insertOne(new Document("_id", widgetId)
            .append(Outbox.FIELD, outbox.entries("tenant-d", List.of(new WidgetScrapped(widgetId)))));
        outbox.written("widgets", widgetId);

        ConsumerRecord<String, byte[]> dead = readTopic(WidgetRenamed.TOPIC + ".dlt", widgetId, 1).get(0);

        assertThat(CloudEventHeaders.get(dead.headers(), "ce_type")).isEqualTo("lumenbridge.test.WidgetScrapped.v1");
        assertThat(consumer.getBean(FailingHandler.class).attempts(widgetId)).isEqualTo(3);
    }

    @Test
    void aRecordWithoutCloudEventAttributesGoesStraightToTheDeadLetterTopic() throws Exception {
        String key = "junk-" + UUID.randomUUID();
        eventTemplate().send(new ProducerRecord<>(WidgetRenamed.TOPIC, key, "{}".getBytes(StandardCharsets.UTF_8)))
            .get();

        ConsumerRecord<String, byte[]> dead = readTopic(WidgetRenamed.TOPIC + ".dlt", key, 1).get(0);

        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void kafkaClientMetricsReachTheMeterRegistry() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(consumer.getBean(MeterRegistry.class).find("kafka.consumer.fetch.manager.records.lag.max")
                .gauges()).isNotEmpty();
            assertThat(producer.getBean(MeterRegistry.class).find("kafka.producer.record.send.total")
                .functionCounters()).isNotEmpty();
        });
    }

    private static long pendingEntries(MongoCollection<Document> widgets, String id) {
        Document doc = widgets.find(Filters.eq("_id", id)).first();
        return doc.getList(Outbox.FIELD, Document.class, List.of()).size();
    }

    private static double consumed(String outcome, String widgetId) {
        return consumer.getBean(MeterRegistry.class).find("lumenbridge.events.consumed").tag("outcome", outcome)
            .counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @SuppressWarnings("unchecked")
    private static KafkaTemplate<String, byte[]> eventTemplate() {
        return producer.getBean("eventKafkaTemplate", KafkaTemplate.class);
    }

    /** Reads the whole topic from the start until {@code expected} records with {@code key} are seen. */
    private static List<ConsumerRecord<String, byte[]>> readTopic(String topic, String key, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.start().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    public static class ProducerService {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ConsumerService {

        @Bean
        RecordingHandler recordingHandler() {
            return new RecordingHandler();
        }

        @Bean
        FailingHandler failingHandler() {
            return new FailingHandler();
        }
    }

    static class RecordingHandler implements EventHandler<WidgetRenamed> {

        private final List<EventEnvelope<WidgetRenamed>> handled = new CopyOnWriteArrayList<>();
        final Map<String, String> traceIds = Collections.synchronizedMap(new java.util.HashMap<>());
        final Map<String, String> tenantIds = Collections.synchronizedMap(new java.util.HashMap<>());

        @Override
        public Class<WidgetRenamed> eventClass() {
            return WidgetRenamed.class;
        }

        @Override
        public void handle(EventEnvelope<WidgetRenamed> event) {
            traceIds.put(event.data().widgetId(), MDC.get("traceId"));
            tenantIds.put(event.data().widgetId(), MDC.get("tenantId"));
            handled.add(event);
        }

        long handledWithPrefix(String prefix) {
            return handled.stream().filter(e -> e.data().widgetId().startsWith(prefix)).count();
        }

        List<EventEnvelope<WidgetRenamed>> handledFor(String widgetId) {
            return handled.stream().filter(e -> e.data().widgetId().equals(widgetId)).toList();
        }
    }

    static class FailingHandler implements EventHandler<WidgetScrapped> {

        private final Map<String, AtomicInteger> attempts = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Class<WidgetScrapped> eventClass() {
            return WidgetScrapped.class;
        }

        @Override
        public void handle(EventEnvelope<WidgetScrapped> event) {
            attempts.computeIfAbsent(event.data().widgetId(), k -> new AtomicInteger()).incrementAndGet();
            throw new IllegalStateException("scrapping is broken");
        }

        int attempts(String widgetId) {
            return attempts.getOrDefault(widgetId, new AtomicInteger()).get();
        }
    }
}
