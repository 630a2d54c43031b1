package com.lumenbridge.crm.profile.persistence;

import com.lumenbridge.crm.common.Page;
import com.lumenbridge.crm.common.PageRequest;
import com.lumenbridge.crm.insight.persistence.InsightFactsDocument;
import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.ProfileStatus;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Profiles} in the {@code profiles} collection. The profile itself is one JSON string field
 * ({@code state}): history maps are keyed by ids a Mongo field name may not hold (dots), and the
 * profile is only ever read whole. The fields queries need (tenant, status, segments, version) sit
 * beside it, and {@code outbox} carries CustomersMerged / CustomerErased in the same write. So does
 * {@code insight}, what the profile contributes to insights, so those read a few values per profile
 * instead of decoding each whole history.
 */
public class MongoProfiles implements Profiles {

    public static final String COLLECTION = "profiles";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;
    private final JsonMapper json;

    public MongoProfiles(MongoDatabase database, Outbox outbox, JsonMapper json) {
        this.collection = database.getCollection(COLLECTION);
        // the version-checked write filters on {_id, version}; mongo-java-server uses an index only for a
        // query on exactly its keys, so without this every write scanned the whole collection
        // (and the filter must be the plain document, see versioned)
        collection.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public Optional<ProfileState> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).projection(Projections.exclude(Outbox.FIELD))
            .first()).map(this::state);
    }

    @Override
    public void insert(ProfileState profile) {
        collection.insertOne(fields(profile).append("_id", profile.id()));
    }

    @Override
    public boolean write(ProfileState profile, long expectedVersion, List<? extends IntegrationEvent> events) {
        List<Bson> updates = new ArrayList<>();
        fields(profile).forEach((k, v) -> updates.add(Updates.set(k, v)));
        if (!events.isEmpty()) {
            updates.add(outbox.push(profile.tenantId(), events));
        }
        boolean written = collection.updateOne(versioned(profile.id(), expectedVersion), Updates.combine(updates))
            .getMatchedCount() == 1;
        if (written && !events.isEmpty()) {
            outbox.written(COLLECTION, profile.id());
        }
        return written;
    }

    @Override
    public void insertAll(List<ProfileState> profiles) {
        if (!profiles.isEmpty()) {
            collection.insertMany(profiles.stream().map(p -> fields(p).append("_id", p.id())).toList());
        }
    }

    @Override
    public Optional<ProfileState> deleteUnclaimed(String id) {
        return Optional.ofNullable(collection.findOneAndDelete(Filters.eq("_id", id))).map(this::state);
    }

    @Override
    public void deleteEmpty(String id) {
        collection.deleteOne(versioned(id, 1L));
    }

    /**
     * {@code {_id, version}} as one plain document: {@code Filters.and} renders {@code $and:[…]}, which
     * mongo-java-server does not match to the {@code {_id, version}} index, so every version-checked
     * write scanned the collection (48 ms a write at 50 000 profiles, against 2 ms by index).
     */
    private static Bson versioned(String id, long version) {
        return new Document("_id", id).append("version", version);
    }

    @Override
    public Page<ProfileState> list(String tenantId, PageRequest page) {
        return page(active(tenantId, null), page);
    }

    @Override
    public void forEachActive(String tenantId, String segmentId, Consumer<ProfileState> action) {
        collection.find(active(tenantId, segmentId)).projection(Projections.exclude(Outbox.FIELD))
            .batchSize(1000).forEach(d -> action.accept(state(d)));
    }

    @Override
    public Page<ProfileState> members(String tenantId, String segmentId, PageRequest page) {
        return page(active(tenantId, segmentId), page);
    }

    @Override
    public long countMembers(String tenantId, String segmentId) {
        return collection.countDocuments(active(tenantId, segmentId));
    }

    @Override
    public void forEachActiveId(Consumer<String> action) {
        collection.find(Filters.eq("status", ProfileStatus.ACTIVE.name())).projection(Projections.include("_id"))
            .batchSize(5000).forEach(d -> action.accept(d.getString("_id")));
    }

    private Page<ProfileState> page(Bson filter, PageRequest page) {
        List<ProfileState> items = new ArrayList<>();
        collection.find(filter).projection(Projections.exclude(Outbox.FIELD)).sort(Sorts.ascending("_id"))
            .skip(page.offset()).limit(page.size()).forEach(d -> items.add(state(d)));
        return new Page<>(items, collection.countDocuments(filter), page.page(), page.size());
    }

    private static Bson active(String tenantId, String segmentId) {
        Bson filter = Filters.and(Filters.eq("tenantId", tenantId), Filters.eq("status", ProfileStatus.ACTIVE.name()));
        return segmentId == null ? filter : Filters.and(filter, Filters.eq("segments", segmentId));
    }

    private Document fields(ProfileState profile) {
        return new Document("tenantId", profile.tenantId())
            .append("status", profile.status().name())
            .append("version", profile.version())
            .append("mergedInto", profile.mergedInto())
            .append("segments", profile.segments())
            .append(InsightFactsDocument.FIELD, InsightFactsDocument.of(profile))
            .append("state", json.writeValueAsString(profile));
    }

    private ProfileState state(Document doc) {
        return json.readValue(doc.getString("state"), ProfileState.class);
    }
}
