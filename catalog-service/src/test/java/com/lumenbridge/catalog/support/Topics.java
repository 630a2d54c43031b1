package com.lumenbridge.catalog.support;

import static org.awaitility.Awaitility.await;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.tenancy.TenantRegistered;
import com.lumenbridge.platform.identity.Caller;
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

/** Reads and writes the real embedded broker, as other services would. */
public final class Topics {

    private Topics() {
    }

    /** Publishes {@code TenantRegistered} as the gateway does, in CloudEvents binary mode. */
    public static void registerTenant(Caller tenant, String name) {
        TenantRegistered event = new TenantRegistered(tenant.tenantId(), name, tenant.kind());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(com.lumenbridge.platform.events.Topics.GATEWAY_TENANT,
            tenant.tenantId(), CatalogApi.JSON.writeValueAsBytes(event));
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.ID, UUID.randomUUID().toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TYPE, "lumenbridge.gateway.TenantRegistered.v1");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SOURCE, "/lumenbridge/gateway");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SUBJECT, tenant.tenantId());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TIME, Instant.now().toString());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.start().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish TenantRegistered", e);
        }
    }

    /** Reads {@code topic} from the start until {@code expected} records match, then for a short while more. */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> which,
            int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.start().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (which.test(r)) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
            // anything published beyond what was expected would show up now
            reader.poll(Duration.ofMillis(500)).forEach(r -> {
                if (which.test(r)) {
                    found.add(r);
                }
            });
        }
        return found;
    }

    public static String type(ConsumerRecord<String, byte[]> record) {
        return CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
    }

    public static String data(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
