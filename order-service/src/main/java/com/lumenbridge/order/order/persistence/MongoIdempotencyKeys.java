package com.lumenbridge.order.order.persistence;

import com.lumenbridge.order.common.Mongo;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Idempotency keys, one document per (tenant, key) with the key pair as {@code _id}: the unique
 * {@code _id} makes the first claim win even when two identical requests race, without a
 * transaction. The claim names the order id before the order exists, so whoever comes second
 * writes (or finds) that same order.
 */
public class MongoIdempotencyKeys {

    public static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> collection;

    public MongoIdempotencyKeys(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("expiresAt"));
    }

    /** A remembered key: the hash of the first request's body and the order it created. */
    public record Claim(String requestHash, String orderId) {
    }

    public Optional<Claim> find(String tenantId, String key, Instant now) {
        Document d = collection.find(Filters.and(Filters.eq("_id", id(tenantId, key)), Filters.gt("expiresAt", Date.from(now))))
            .first();
        return Optional.ofNullable(d).map(doc -> new Claim(doc.getString("requestHash"), doc.getString("orderId")));
    }

    /** Claims the key for {@code claim}; the claim already there if another request was first. */
    public Optional<Claim> claim(String tenantId, String key, Claim claim, Instant now, Instant expiresAt) {
        // an expired claim of the same key gives way; the purge job removes the rest
        collection.deleteOne(Filters.and(Filters.eq("_id", id(tenantId, key)), Filters.lte("expiresAt", Date.from(now))));
        try {
            collection.insertOne(new Document("_id", id(tenantId, key)).append("tenantId", tenantId).append("key", key)
                .append("requestHash", claim.requestHash()).append("orderId", claim.orderId())
                .append("createdAt", Date.from(now)).append("expiresAt", Date.from(expiresAt)));
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
        }
        return find(tenantId, key, now).or(() -> Optional.of(claim));
    }

    public long purgeExpired(Instant now) {
        return collection.deleteMany(Filters.lte("expiresAt", Date.from(now))).getDeletedCount();
    }

    private static String id(String tenantId, String key) {
        return tenantId + "|" + key;
    }
}
