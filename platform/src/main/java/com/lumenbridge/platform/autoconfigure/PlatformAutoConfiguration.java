package com.lumenbridge.platform.autoconfigure;

import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import com.lumenbridge.platform.messaging.EventHandler;
import com.lumenbridge.platform.messaging.EventSubscriptions;
import com.lumenbridge.platform.messaging.ProcessedEvents;
import com.lumenbridge.platform.observability.KafkaHealthIndicator;
import com.lumenbridge.platform.observability.MongoPingHealthIndicator;
import com.lumenbridge.platform.observability.TraceParents;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.outbox.OutboxRelay;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every LumenBridge application gets: its own Mongo database, the outbox and its relay, event
 * subscriptions with deduplication and a dead-letter topic, readiness that checks Kafka and Mongo, and the
 * internal token issuer where a private key is configured (the gateway).
 */
@AutoConfiguration(after = {MongoAutoConfiguration.class, KafkaAutoConfiguration.class},
    before = MongoHealthContributorAutoConfiguration.class)
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, PlatformProperties properties) {
        String name = properties.getMongodb().getDatabase();
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("lumenbridge.mongodb.database is not set: every service owns one database");
        }
        return client.getDatabase(name);
    }

    @Bean
    @SuppressWarnings("unchecked")
    KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<?, ?> producers) {
        return new KafkaTemplate<>((ProducerFactory<String, byte[]>) producers);
    }

    @Bean
    OutboxRelay outboxRelay(MongoDatabase database, KafkaTemplate<String, byte[]> eventKafkaTemplate,
            PlatformProperties properties, MeterRegistry meters) {
        return new OutboxRelay(database, eventKafkaTemplate, properties.getOutbox().getCollections(),
            properties.getOutbox().getSweepInterval(), meters);
    }

    @Bean
    Outbox outbox(JsonMapper json, Clock clock, Environment environment, OutboxRelay relay,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        String source = "/lumenbridge/" + environment.getProperty("spring.application.name", "unknown");
        return new Outbox(json, clock, source, new TraceParents(tracer.getIfAvailable(), propagator.getIfAvailable()),
            relay);
    }

    @Bean
    ProcessedEvents processedEvents(MongoDatabase database, Clock clock) {
        return new ProcessedEvents(database, clock);
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    @SuppressWarnings("unchecked")
    EventSubscriptions eventSubscriptions(List<EventHandler<?>> handlers, ConsumerFactory<?, ?> consumers,
            KafkaTemplate<String, byte[]> eventKafkaTemplate, ProcessedEvents processed, JsonMapper json,
            MeterRegistry meters, ObjectProvider<ObservationRegistry> observations, PlatformProperties properties,
            Environment environment) {
        PlatformProperties.Messaging messaging = properties.getMessaging();
        String group = messaging.getGroup() != null ? messaging.getGroup()
            : environment.getRequiredProperty("spring.application.name");
        return new EventSubscriptions(handlers, (ConsumerFactory<String, byte[]>) consumers, eventKafkaTemplate,
            processed, json, meters, observations.getIfAvailable(() -> ObservationRegistry.NOOP), group,
            messaging.getRetryInterval(), messaging.getMaxRetries());
    }

    @Bean
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(String.join(",", kafka.getBootstrapServers()));
    }

    @Bean
    @ConditionalOnProperty("lumenbridge.internal-token.private-key")
    InternalTokenIssuer internalTokenIssuer(PlatformProperties properties, Clock clock) {
        PlatformProperties.InternalToken token = properties.getInternalToken();
        return new InternalTokenIssuer(InternalTokenKeys.privateKey(token.getPrivateKey()), token.getLifetime(), clock);
    }
}
