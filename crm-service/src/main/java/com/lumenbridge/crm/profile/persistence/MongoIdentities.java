package com.lumenbridge.crm.profile.persistence;

import com.lumenbridge.crm.common.Mongo;
import com.lumenbridge.crm.profile.application.Identities;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.Collection;
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
    }

    @Override
    public Map<String, String> owners(String tenantId, Collection<String> keys) {
        Map<String, String> owners = new LinkedHashMap<>();
        // one primary-key read per key (at most two): mongo-java-server answers those from its _id index
        for (String key : keys) {
            Document d = collection.find(Filters.eq("_id", id(tenantId, key))).first();
            if (d != null) {
                owners.put(d.getString("key"), d.getString("profileId"));
            }
        }
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
    public void repoint(String tenantId, String fromProfileId, String toProfileId) {
        collection.updateMany(Filters.and(Filters.eq("tenantId", tenantId), Filters.eq("profileId", fromProfileId)),
            Updates.set("profileId", toProfileId));
    }

    @Override
    public void removeAll(String tenantId, String profileId) {
        collection.deleteMany(Filters.and(Filters.eq("tenantId", tenantId), Filters.eq("profileId", profileId)));
    }

    @Override
    public void remove(String tenantId, String key) {
        collection.deleteOne(Filters.eq("_id", id(tenantId, key)));
    }

    private static String id(String tenantId, String key) {
        return tenantId + "|" + key;
    }
}
