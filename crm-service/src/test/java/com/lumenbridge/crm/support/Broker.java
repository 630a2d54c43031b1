package com.lumenbridge.crm.support;

import static org.awaitility.Awaitility.await;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.EventTypes;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes and reads the real embedded broker as other services would, in CloudEvents binary mode. */
public final class Broker {

    public static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private Broker() {
    }

    /** Publishes {@code event} with a fresh {@code ce_id}, as a producer that retried would. */
    public static void publish(IntegrationEvent event, String tenantId) {
        var type = EventTypes.of(event.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.aggregateId(), JSON.writeValueAsBytes(event));
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.ID, UUID.randomUUID().toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TYPE, type.type());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SOURCE, "/lumenbridge/test");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SUBJECT, event.aggregateId());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TENANT_ID, tenantId);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TIME, Instant.now().toString());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.start().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type.type(), e);
        }
    }

    /** Reads {@code topic} from the start until {@code expected} records match, then two more polls to catch extras. */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> which,
            int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.start().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (which.test(r)) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
            for (int i = 0; i < 2; i++) {
                reader.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (which.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    public static Predicate<ConsumerRecord<String, byte[]>> ofType(String ceType, String key) {
        return r -> key.equals(r.key()) && ceType.equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE));
    }

    public static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
