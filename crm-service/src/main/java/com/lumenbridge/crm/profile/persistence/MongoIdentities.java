package com.lumenbridge.crm.profile.persistence;

import com.lumenbridge.crm.common.Mongo;
import com.lumenbridge.crm.profile.application.Identities;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link Identities} in the {@code identities} collection: {@code _id} is the manufacturer and the
 * opaque identity key ({@code email:<sha256>} / {@code phone:<sha256>}), so the unique primary key
 * makes a claim insert-if-absent on any MongoDB, no transaction needed.
 */
public class MongoIdentities implements Identities {

    private final MongoCollection<Document> collection;

    public MongoIdentities(MongoDatabase database) {
        this.collection = database.getCollection("identities");
        // merges re-point and erasure removes by {tenantId, profileId}: without an index on exactly those
        // keys mongo-java-server scans every identity of every manufacturer
        collection.createIndex(Indexes.ascending("tenantId", "profileId"));
    }

    @Override
    public Map<String, String> owners(String tenantId, Collection<String> keys) {
        Map<String, String> owners = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return owners;
        }
        // one read: mongo-java-server answers an _id $in from its _id index
        collection.find(Filters.in("_id", keys.stream().map(k -> id(tenantId, k)).toList()))
            .forEach(d -> owners.put(d.getString("key"), d.getString("profileId")));
        return owners;
    }

    @Override
    public Optional<String> claim(String tenantId, String key, String profileId) {
        try {
            collection.insertOne(new Document("_id", id(tenantId, key)).append("tenantId", tenantId).append("key", key)
                .append("profileId", profileId));
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
            Document holder = collection.find(Filters.eq("_id", id(tenantId, key))).first();
            if (holder == null) {
                return claim(tenantId, key, profileId);
            }
            String holderId = holder.getString("profileId");
            return holderId.equals(profileId) ? Optional.empty() : Optional.of(holderId);
        }
    }

    @Override
    public Set<String> claimAll(String tenantId, Map<String, String> claims) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        List<Map.Entry<String, String>> entries = List.copyOf(claims.entrySet());
        List<Document> documents = entries.stream().map(e -> new Document("_id", id(tenantId, e.getKey()))
            .append("tenantId", tenantId).append("key", e.getKey()).append("profileId", e.getValue())).toList();
        Set<String> lost = new HashSet<>();
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Map.Entry<String, String> claim = entries.get(error.getIndex());
                // held already: lost unless by the same profile (a retried claim)
                if (claim(tenantId, claim.getKey(), claim.getValue()).isPresent()) {
                    lost.add(claim.getKey());
                }
            }
        }
        return lost;
    }

    @Override
    public void repoint(String tenantId, String fromProfileId, String toProfileId) {
        collection.updateMany(byProfile(tenantId, fromProfileId), Updates.set("profileId", toProfileId));
    }

    @Override
    public void removeAll(String tenantId, String profileId) {
        collection.deleteMany(byProfile(tenantId, profileId));
    }

    /** A plain document, not {@code Filters.and} (which renders {@code $and} and misses the index). */
    private static Document byProfile(String tenantId, String profileId) {
        return new Document("tenantId", tenantId).append("profileId", profileId);
    }

    @Override
    public void remove(String tenantId, String key) {
        collection.deleteOne(Filters.eq("_id", id(tenantId, key)));
    }

    private static String id(String tenantId, String key) {
        return tenantId + "|" + key;
    }
}
