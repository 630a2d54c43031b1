package com.lumenbridge.platform.observability;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Up when MongoDB answers {@code ping} on {@code admin}, the liveness check MongoDB documents.
 * Replaces Boot's check, which sends {@code hello} to every database on the server: the embedded
 * mongo-java-server answers {@code hello} on none of them, so Boot's check goes DOWN as soon as
 * any database exists and readiness would never come up locally.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoClient client;

    public MongoPingHealthIndicator(MongoClient client) {
        super("MongoDB health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document pong = client.getDatabase("admin").runCommand(PING);
        builder.up().withDetail("ok", pong.get("ok"));
    }
}
