package com.lumenbridge.order.webhook.persistence;

import com.lumenbridge.order.common.Mongo;
import com.lumenbridge.order.common.Page;
import com.lumenbridge.order.common.PageRequest;
import com.lumenbridge.platform.cache.RecentReads;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Webhook endpoints (one per storefront, {@code _id} = storefront) and deliveries (one document per
 * message, {@code _id} = the stable {@code webhook-id}, with its log of attempts). A worker takes a
 * due delivery by moving its {@code nextAttemptAt} forward in one conditional update, so two
 * instances never send the same attempt.
 */
public class MongoWebhooks {

    public static final String ENDPOINTS = "webhook_endpoints";
    public static final String DELIVERIES = "webhook_deliveries";

    private final MongoCollection<Document> endpoints;
    /** Every order event asks whether its storefront has an endpoint; most have none. */
    private final RecentReads<String, Endpoint> recentEndpoints = new RecentReads<>(10_000);
    private final MongoCollection<Document> deliveries;

    public MongoWebhooks(MongoDatabase database) {
        this.endpoints = database.getCollection(ENDPOINTS);
        this.deliveries = database.getCollection(DELIVERIES);
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        deliveries.createIndex(Indexes.ascending("tenantId", "createdAt"));
    }

    public record Endpoint(String storefrontId, String url, String secret, Instant createdAt, Instant updatedAt) {
    }

    public record Attempt(Instant at, Integer statusCode, String error, long durationMs) {
    }

    public record Delivery(String id, String storefrontId, String orderId, String eventType, String payload, String status,
            List<Attempt> attempts, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
    }

    public Optional<Endpoint> endpoint(String storefrontId) {
        return recentEndpoints.get(storefrontId, this::readEndpoint);
    }

    private Optional<Endpoint> readEndpoint(String storefrontId) {
        return Optional.ofNullable(endpoints.find(Filters.eq("_id", storefrontId)).first()).map(d -> new Endpoint(
            d.getString("_id"), d.getString("url"), d.getString("secret"), d.getDate("createdAt").toInstant(),
            d.getDate("updatedAt").toInstant()));
    }

    public void saveEndpoint(Endpoint endpoint) {
        endpoints.replaceOne(Filters.eq("_id", endpoint.storefrontId()), new Document("_id", endpoint.storefrontId())
                .append("tenantId", endpoint.storefrontId()).append("url", endpoint.url()).append("secret", endpoint.secret())
                .append("createdAt", Date.from(endpoint.createdAt())).append("updatedAt", Date.from(endpoint.updatedAt())),
            new com.mongodb.client.model.ReplaceOptions().upsert(true));
        recentEndpoints.forget(endpoint.storefrontId());
    }

    /** Records a message to deliver; false if it is already recorded (the event was redelivered). */
    public boolean enqueue(String id, String storefrontId, String orderId, String eventType, String payload, Instant now) {
        try {
            deliveries.insertOne(new Document("_id", id).append("tenantId", storefrontId).append("orderId", orderId)
                .append("eventType", eventType).append("payload", payload).append("status", "PENDING")
                .append("attempts", List.of()).append("nextAttemptAt", Date.from(now)).append("createdAt", Date.from(now)));
            return true;
        } catch (RuntimeException e) {
            if (Mongo.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Takes one delivery due by {@code now}, leasing it until {@code leaseUntil}. */
    public Optional<Delivery> takeDue(Instant now, Instant leaseUntil) {
        return Optional.ofNullable(deliveries.findOneAndUpdate(
                Filters.and(Filters.eq("status", "PENDING"), Filters.lte("nextAttemptAt", Date.from(now))),
                Updates.set("nextAttemptAt", Date.from(leaseUntil)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt")).returnDocument(ReturnDocument.AFTER)))
            .map(MongoWebhooks::toDelivery);
    }

    /** Appends an attempt and sets the outcome: DELIVERED, PENDING again at {@code nextAttemptAt}, or FAILED. */
    public void recordAttempt(String id, Attempt attempt, String status, Instant nextAttemptAt) {
        List<Bson> updates = new ArrayList<>(List.of(
            Updates.push("attempts", new Document("at", Date.from(attempt.at())).append("statusCode", attempt.statusCode())
                .append("error", attempt.error()).append("durationMs", attempt.durationMs())),
            Updates.set("status", status),
            Updates.set("nextAttemptAt", nextAttemptAt == null ? null : Date.from(nextAttemptAt))));
        if ("DELIVERED".equals(status)) {
            updates.add(Updates.set("deliveredAt", Date.from(attempt.at())));
        }
        deliveries.updateOne(Filters.eq("_id", id), Updates.combine(updates));
    }

    public Page<Delivery> list(String storefrontId, String status, PageRequest page) {
        Bson filter = status == null ? Filters.eq("tenantId", storefrontId)
            : Filters.and(Filters.eq("tenantId", storefrontId), Filters.eq("status", status));
        List<Delivery> items = new ArrayList<>();
        deliveries.find(filter).sort(Sorts.descending("createdAt", "_id")).skip(page.offset()).limit(page.size())
            .forEach(d -> items.add(toDelivery(d)));
        return new Page<>(items, deliveries.countDocuments(filter), page.page(), page.size());
    }

    private static Delivery toDelivery(Document d) {
        Date next = d.getDate("nextAttemptAt");
        Date delivered = d.getDate("deliveredAt");
        return new Delivery(d.getString("_id"), d.getString("tenantId"), d.getString("orderId"), d.getString("eventType"),
            d.getString("payload"), d.getString("status"),
            d.getList("attempts", Document.class, List.of()).stream().map(a -> new Attempt(a.getDate("at").toInstant(),
                a.getInteger("statusCode"), a.getString("error"), ((Number) a.get("durationMs")).longValue())).toList(),
            next == null ? null : next.toInstant(), d.getDate("createdAt").toInstant(),
            delivered == null ? null : delivered.toInstant());
    }
}
