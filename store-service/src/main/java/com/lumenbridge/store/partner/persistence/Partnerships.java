package com.lumenbridge.store.partner.persistence;

import com.lumenbridge.platform.cache.RecentReads;
import com.lumenbridge.store.common.Mongo;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Which manufacturer is actively partnered with which storefront or dealer, as catalog-service last
 * said. Each partnership is one document; a change older than the stored version is ignored, so
 * redelivered or reordered events never roll it back. {@link #active} answers every reservation, so it
 * is remembered for a moment ({@link RecentReads}); {@link #apply} forgets what it changes.
 */
public class Partnerships {

    static final String COLLECTION = "partnerships";
    public static final String ACTIVE = "ACTIVE";

    private final MongoCollection<Document> collection;
    private final RecentReads<String, Boolean> recentlyActive = new RecentReads<>(10_000);

    public Partnerships(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    /** Stores the partnership at {@code version} unless a newer or equal version is already stored. */
    public void apply(String manufacturerId, String partnerTenantId, long version, String status) {
        try {
            collection.updateOne(
                Filters.and(Filters.eq("_id", key(manufacturerId, partnerTenantId)), Filters.lt("version", version)),
                Updates.combine(Updates.set("manufacturerId", manufacturerId), Updates.set("partnerTenantId", partnerTenantId),
                    Updates.set("version", version), Updates.set("status", status)),
                new UpdateOptions().upsert(true));
        } catch (RuntimeException e) {
            // the upsert collides with a stored version that is not older: nothing to do
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
        } finally {
            recentlyActive.forget(key(manufacturerId, partnerTenantId));
        }
    }

    public boolean active(String manufacturerId, String partnerTenantId) {
        return recentlyActive.get(key(manufacturerId, partnerTenantId), key -> Optional.of(
            collection.find(Filters.and(Filters.eq("_id", key), Filters.eq("status", ACTIVE))).first() != null)).orElseThrow();
    }

    /** The manufacturers {@code partnerTenantId} is actively partnered with. */
    public Set<String> manufacturersOf(String partnerTenantId) {
        Set<String> manufacturers = new HashSet<>();
        collection.find(Filters.and(Filters.eq("partnerTenantId", partnerTenantId), Filters.eq("status", ACTIVE)))
            .forEach(d -> manufacturers.add(d.getString("manufacturerId")));
        return manufacturers;
    }

    /** Active partnerships of {@code manufacturers}, as {@code manufacturerId:partnerTenantId} keys. */
    public Set<String> activeKeysOf(Collection<String> manufacturers) {
        Set<String> keys = new HashSet<>();
        collection.find(Filters.and(Filters.in("manufacturerId", manufacturers), Filters.eq("status", ACTIVE)))
            .forEach(d -> keys.add(d.getString("_id")));
        return keys;
    }

    public static String key(String manufacturerId, String partnerTenantId) {
        return manufacturerId + ":" + partnerTenantId;
    }
}
