package com.lumenbridge.order.order.persistence;

import com.lumenbridge.order.common.Mongo;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Idempotency keys, one document per (tenant, key) with the key pair as {@code _id}: the unique
 * {@code _id} makes the first claim win even when two identical requests race, without a
 * transaction. The claim names the order id and its placing time before the order exists, so
 * whoever comes second writes (or finds) that same order, and it holds the first answer, so every
 * replay answers exactly that. The answer carries the customer, so the claim keeps the order's
 * manufacturer and identity keys for an erasure to find it.
 */
public class MongoIdempotencyKeys {

    public static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> collection;

    public MongoIdempotencyKeys(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("expiresAt"));
        collection.createIndex(Indexes.ascending("manufacturerId", "identityKeys"));
    }

    /** The HTTP answer the first request got: its status and its JSON body, byte for byte. */
    public record FirstAnswer(int status, String body) {
    }

    /**
     * A remembered key: the hash of the first request's body, the order it created and when, and the
     * first answer — null once an erasure removed it (or on a claim written before answers were kept).
     */
    public record Claim(String requestHash, String orderId, Instant placedAt, FirstAnswer answer) {
    }

    public Optional<Claim> find(String tenantId, String key, Instant now) {
        Document d = collection.find(Filters.and(Filters.eq("_id", id(tenantId, key)), Filters.gt("expiresAt", Date.from(now))))
            .first();
        return Optional.ofNullable(d).map(MongoIdempotencyKeys::toClaim);
    }

    /**
     * Claims the key for {@code claim} of an order of {@code manufacturerId} whose customer carries
     * {@code identityKeys}; the claim already there if another request was first.
     */
    public Optional<Claim> claim(String tenantId, String key, Claim claim, String manufacturerId, List<String> identityKeys,
            Instant expiresAt) {
        Instant now = claim.placedAt();
        Document doc = new Document("_id", id(tenantId, key)).append("tenantId", tenantId).append("key", key)
            .append("requestHash", claim.requestHash()).append("orderId", claim.orderId())
            .append("answer", new Document("status", claim.answer().status()).append("body", claim.answer().body()))
            .append("manufacturerId", manufacturerId).append("identityKeys", identityKeys)
            .append("createdAt", Date.from(now)).append("expiresAt", Date.from(expiresAt));
        if (inserted(doc)) {
            return Optional.empty();
        }
        // the key is taken: by an expired claim, which gives way (the purge job removes the rest), or by a
        // live one, which wins; a new key, the common case, costs the insert alone
        if (collection.deleteOne(Filters.and(Filters.eq("_id", id(tenantId, key)), Filters.lte("expiresAt", Date.from(now))))
                .getDeletedCount() == 1 && inserted(doc)) {
            return Optional.empty();
        }
        return find(tenantId, key, now).or(() -> Optional.of(claim));
    }

    private boolean inserted(Document doc) {
        try {
            collection.insertOne(doc);
            return true;
        } catch (RuntimeException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Drops the remembered answers of {@code manufacturerId}'s orders whose customer carries one of
     * {@code identityKeys} (CRM erasure): a replay then answers with the order as it is now, masked.
     */
    public long forgetAnswers(String manufacturerId, List<String> identityKeys) {
        if (identityKeys.isEmpty()) {
            return 0;
        }
        return collection.updateMany(
            Filters.and(Filters.eq("manufacturerId", manufacturerId), Filters.in("identityKeys", identityKeys)),
            Updates.combine(Updates.unset("answer"), Updates.set("identityKeys", List.of()))).getModifiedCount();
    }

    public long purgeExpired(Instant now) {
        return collection.deleteMany(Filters.lte("expiresAt", Date.from(now))).getDeletedCount();
    }

    private static Claim toClaim(Document d) {
        Document answer = d.get("answer", Document.class);
        return new Claim(d.getString("requestHash"), d.getString("orderId"), d.getDate("createdAt").toInstant(),
            answer == null ? null : new FirstAnswer(answer.getInteger("status"), answer.getString("body")));
    }

    private static String id(String tenantId, String key) {
        return tenantId + "|" + key;
    }
}
