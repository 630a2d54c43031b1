package com.lumenbridge.platform.testing;

import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.outbox.OutboxRelay;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mongo-java-server of its own (memory backend, over TCP, the real driver) for a persistence test
 * of one class, without a Spring context or the shared {@link EmbeddedInfrastructure}. Open one per
 * test and close it after.
 */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    private InMemoryMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    public static InMemoryMongo start() {
        return new InMemoryMongo();
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /**
     * An outbox whose relay is never started: entries are written with the documents, as in production,
     * and {@code Outbox.written()} has nothing to wake.
     */
    public static Outbox outboxWithoutRelay(MongoDatabase database, Clock clock, String... collections) {
        OutboxRelay relay = new OutboxRelay(database, null, List.of(collections), Duration.ofHours(1), new SimpleMeterRegistry());
        return new Outbox(JsonMapper.builder().build(), clock, "/test", () -> null, relay);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
