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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
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
 * Two running instances of one consuming service: a SHARED handler handles each event once across
 * both; an EVERY_INSTANCE handler handles it in each instance (how in-memory state converges).
 */
@WithEmbeddedInfrastructure
class DeliveryModesIT {

    private static ConfigurableApplicationContext producer;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() throws InterruptedException {
        EmbeddedInfrastructure.start().kafka().addTopics(LampSwitched.TOPIC);
        first = instance();
        second = instance();
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            assertThat(instance.getBean(EventSubscriptions.class).awaitAssignment(Duration.ofSeconds(30))).isTrue();
        }
        producer = new SpringApplicationBuilder(OutboxToConsumerIT.ProducerService.class).web(WebApplicationType.NONE)
            .properties("spring.application.name=lamp-producer", "lumenbridge.mongodb.database=lamp_producer_it")
            .run();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(LampService.class).web(WebApplicationType.NONE)
            .properties("spring.application.name=lamp-service", "lumenbridge.mongodb.database=lamp_service_it")
            .run();
    }

    @AfterAll
    static void stop() {
        producer.close();
        first.close();
        second.close();
    }

    @Test
    void sharedHandlersHandleAnEventOnceAcrossInstancesAndEveryInstanceHandlersInEach() {
        String lampId = switched(true);

        await().atMost(Duration.ofSeconds(30)).until(() ->
            first.getBean(IndexHandler.class).seen(lampId) == 1 && second.getBean(IndexHandler.class).seen(lampId) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() ->
            first.getBean(AuditHandler.class).seen(lampId) + second.getBean(AuditHandler.class).seen(lampId) >= 1);

        assertThat(first.getBean(AuditHandler.class).seen(lampId) + second.getBean(AuditHandler.class).seen(lampId))
            .isEqualTo(1);
    }

    /**
     * Offsets are committed at most once a second rather than per poll; the last events handled must
     * still be committed soon, with no later event to carry the commit.
     */
    @Test
    void theOffsetOfTheLastEventHandledIsCommittedWithinSecondsThoughNothingFollows() throws Exception {
        String lampId = switched(false);
        await().atMost(Duration.ofSeconds(30)).until(() ->
            first.getBean(AuditHandler.class).seen(lampId) + second.getBean(AuditHandler.class).seen(lampId) == 1);

        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.start().kafkaBootstrapServers()))) {
            await().atMost(EventSubscriptions.COMMIT_EVERY.plusSeconds(10)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets("lamp-service").partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(p -> p.topic().equals(LampSwitched.TOPIC))
                    .forEach(p -> latest.put(p, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                return !ends.isEmpty() && ends.entrySet().stream()
                    .allMatch(end -> committed.get(end.getKey()).offset() == end.getValue().offset());
            });
        }
    }

    /** Writes a new lamp with its LampSwitched in the producer's outbox and publishes it; the lamp's id. */
    private static String switched(boolean on) {
        String lampId = "lamp-" + UUID.randomUUID();
        Outbox outbox = producer.getBean(Outbox.class);
        producer.getBean(MongoDatabase.class).getCollection("lamps").insertOne(new Document("_id", lampId)
            .append(Outbox.FIELD, outbox.entries("tenant-l", List.of(new LampSwitched(lampId, on)))));
        new com.lumenbridge.platform.outbox.OutboxRelay(producer.getBean(MongoDatabase.class),
            producer.getBean("eventKafkaTemplate", org.springframework.kafka.core.KafkaTemplate.class),
            List.of("lamps"), Duration.ofHours(1), producer.getBean(MeterRegistry.class)).sweep();
        return lampId;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class LampService {

        @Bean
        IndexHandler indexHandler() {
            return new IndexHandler();
        }

        @Bean
        AuditHandler auditHandler() {
            return new AuditHandler();
        }
    }

    abstract static class Recording implements EventHandler<LampSwitched> {

        private final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public Class<LampSwitched> eventClass() {
            return LampSwitched.class;
        }

        @Override
        public void handle(EventEnvelope<LampSwitched> event) {
            seen.add(event.data().lampId());
        }

        long seen(String lampId) {
            return seen.stream().filter(lampId::equals).count();
        }
    }

    static class IndexHandler extends Recording {

        @Override
        public Delivery delivery() {
            return Delivery.EVERY_INSTANCE;
        }
    }

    static class AuditHandler extends Recording {
    }
}
