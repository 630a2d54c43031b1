package com.lumenbridge.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.outbox.OutboxRelay;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The backlog gauge counts events written but not yet acknowledged, and falls once they go out. */
@WithEmbeddedInfrastructure
class OutboxBacklogIT {

    private MongoClient client;
    private MongoDatabase database;
    private KafkaTemplate<String, byte[]> kafka;

    @BeforeEach
    void connect() {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start();
        client = MongoClients.create(infrastructure.mongoUri());
        database = client.getDatabase("backlog_it");
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer()));
    }

    @AfterEach
    void close() {
        kafka.destroy();
        client.close();
    }

    @Test
    void theBacklogGaugeShowsEventsTheBrokerHasNotAcknowledged() {
        Outbox outbox = new Outbox(JsonMapper.builder().build(), Clock.systemUTC(), "/lumenbridge/backlog-it", () -> null,
            null);
        database.getCollection("lamps").insertMany(List.of(
            new Document("_id", "l-1").append(Outbox.FIELD, outbox.entries("t", List.of(new WidgetRenamed("l-1", "a"),
                new WidgetRenamed("l-1", "b")))),
            new Document("_id", "l-2").append(Outbox.FIELD, outbox.entries("t", List.of(new WidgetRenamed("l-2", "c"))))));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay brokerDown = new OutboxRelay(database, kafka, List.of("lamps"), Duration.ofHours(1), meters) {
            @Override
            protected CompletableFuture<?> send(ProducerRecord<String, byte[]> record) {
                return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
            }
        };

        assertThat(brokerDown.sweep()).isZero();

        assertThat(backlog(meters)).isEqualTo(3.0);

        SimpleMeterRegistry afterRestart = new SimpleMeterRegistry();
        OutboxRelay recovered = new OutboxRelay(database, kafka, List.of("lamps"), Duration.ofHours(1), afterRestart);
        assertThat(recovered.sweep()).isEqualTo(3);
        assertThat(backlog(afterRestart)).isZero();
        assertThat(afterRestart.get("lumenbridge.outbox.published").counter().count()).isEqualTo(3.0);
    }

    /**
     * A running relay whose broker fails does not wait for its periodic sweep (an hour here): it
     * sweeps again a few seconds after the failure, and the entries go out once the broker answers.
     */
    @Test
    void aFailedPublishIsRetriedSoonNotAtTheNextPeriodicSweep() {
        Outbox outbox = new Outbox(JsonMapper.builder().build(), Clock.systemUTC(), "/lumenbridge/backlog-it", () -> null,
            null);
        String collection = "bulbs_" + UUID.randomUUID().toString().substring(0, 8);
        database.getCollection(collection).insertOne(new Document("_id", "b-1")
            .append(Outbox.FIELD, outbox.entries("t", List.of(new WidgetRenamed("b-1", "a"), new WidgetRenamed("b-1", "b")))));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AtomicInteger refusals = new AtomicInteger(2);
        OutboxRelay relay = new OutboxRelay(database, kafka, List.of(collection), Duration.ofHours(1), meters) {
            @Override
            protected CompletableFuture<?> send(ProducerRecord<String, byte[]> record) {
                return refusals.getAndDecrement() > 0 ? CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"))
                    : super.send(record);
            }
        };
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(database.getCollection(collection).find().first().getList(Outbox.FIELD, Document.class)).isEmpty();
                assertThat(meters.get("lumenbridge.outbox.published").counter().count()).isEqualTo(2.0);
            });
            assertThat(meters.get("lumenbridge.outbox.publish.failures").counter().count()).isPositive();
            assertThat(backlog(meters, collection)).isZero();
        } finally {
            relay.stop();
        }
    }

    private static double backlog(SimpleMeterRegistry registry, String collection) {
        return registry.get("lumenbridge.outbox.backlog").tag("collection", collection).gauge().value();
    }

    private static double backlog(SimpleMeterRegistry registry) {
        return registry.get("lumenbridge.outbox.backlog").tag("collection", "lamps").gauge().value();
    }
}
