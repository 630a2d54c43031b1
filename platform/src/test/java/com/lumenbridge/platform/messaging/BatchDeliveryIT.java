package com.lumenbridge.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A handler that takes a poll's events at once: runs reach {@link EventHandler#handleAll}, and a run
 * with a poisoned event falls back to one by one, so every other event is handled once and the bad
 * one alone is retried and dead-lettered.
 */
@WithEmbeddedInfrastructure
class BatchDeliveryIT {

    private static ConfigurableApplicationContext producer;
    private static ConfigurableApplicationContext consumer;

    @BeforeAll
    static void start() throws InterruptedException {
        EmbeddedInfrastructure.start().kafka().addTopics(BulbDimmed.TOPIC);
        consumer = new SpringApplicationBuilder(BulbService.class).web(WebApplicationType.NONE)
            .properties("spring.application.name=bulb-service", "lumenbridge.mongodb.database=bulb_service_it",
                "lumenbridge.messaging.max-retries=2", "lumenbridge.messaging.retry-interval=50ms")
            .run();
        assertThat(consumer.getBean(EventSubscriptions.class).awaitAssignment(Duration.ofSeconds(30))).isTrue();
        producer = new SpringApplicationBuilder(OutboxToConsumerIT.ProducerService.class).web(WebApplicationType.NONE)
            .properties("spring.application.name=bulb-producer", "lumenbridge.mongodb.database=bulb_producer_it")
            .run();
    }

    @AfterAll
    static void stop() {
        producer.close();
        consumer.close();
    }

    @Test
    void aPollIsHandledAsRunsAndAPoisonedEventAloneIsRetriedAndDeadLettered() {
        String prefix = "bulb-" + UUID.randomUUID() + "-";
        List<BulbDimmed> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(new BulbDimmed(prefix + (i == 25 ? "bad" : i), i));
        }
        Outbox outbox = producer.getBean(Outbox.class);
        producer.getBean(MongoDatabase.class).getCollection("bulbs").insertOne(new Document("_id", prefix)
            .append(Outbox.FIELD, outbox.entries("tenant-b", events)));
        new com.lumenbridge.platform.outbox.OutboxRelay(producer.getBean(MongoDatabase.class),
            producer.getBean("eventKafkaTemplate", org.springframework.kafka.core.KafkaTemplate.class),
            List.of("bulbs"), Duration.ofHours(1), producer.getBean(MeterRegistry.class)).sweep();

        BatchingHandler handler = consumer.getBean(BatchingHandler.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> handler.handled(prefix) == 39
            && deadLettered(BulbDimmed.TOPIC) >= 1);

        for (int i = 0; i < 40; i++) {
            if (i != 25) {
                assertThat(handler.times.get(prefix + i)).as("event %d", i).hasValue(1);
            }
        }
        assertThat(handler.times).doesNotContainKey(prefix + "bad");
        // once inside its batch when it shared a poll with others (the batch then falls back to one by
        // one), then the first attempt alone and two retries: 3 or 4 by how the polls fell, never more
        assertThat(handler.attempts.get(prefix + "bad").get()).isBetween(3, 4);
        assertThat(handler.runs).anyMatch(size -> size > 1);
        assertThat(deadLettered(BulbDimmed.TOPIC)).isEqualTo(1);
    }

    private static double deadLettered(String topic) {
        return consumer.getBean(MeterRegistry.class).find("lumenbridge.events.dead.lettered").tag("topic", topic)
            .counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class BulbService {

        @Bean
        BatchingHandler batchingHandler() {
            return new BatchingHandler();
        }
    }

    /** Applies a run all or nothing (as one bulk write would), so "handled once" is exact. */
    static class BatchingHandler implements EventHandler<BulbDimmed> {

        final Map<String, AtomicInteger> times = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final List<Integer> runs = new CopyOnWriteArrayList<>();

        @Override
        public Class<BulbDimmed> eventClass() {
            return BulbDimmed.class;
        }

        @Override
        public boolean batches() {
            return true;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<BulbDimmed> event) {
            String id = event.data().bulbId();
            if (id.endsWith("bad")) {
                attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                throw new IllegalStateException("bulb " + id + " cannot be dimmed");
            }
            times.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void handleAll(List<EventEnvelope<BulbDimmed>> events) {
            if (events.stream().anyMatch(e -> e.data().bulbId().endsWith("bad"))) {
                throw new IllegalStateException("a bulb of this run cannot be dimmed");
            }
            runs.add(events.size());
            events.forEach(e -> times.computeIfAbsent(e.data().bulbId(), k -> new AtomicInteger()).incrementAndGet());
        }

        long handled(String prefix) {
            return times.keySet().stream().filter(k -> k.startsWith(prefix)).count();
        }
    }
}
