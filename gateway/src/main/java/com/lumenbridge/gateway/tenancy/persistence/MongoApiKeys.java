package com.lumenbridge.gateway.tenancy.persistence;

import com.lumenbridge.gateway.tenancy.application.ApiKeys;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;

/** The {@code api_keys} collection: hashes only, unique, so one key can never name two tenants. */
class MongoApiKeys implements ApiKeys {

    static final String COLLECTION = "api_keys";

    private final MongoCollection<Document> collection;

    MongoApiKeys(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    void createIndexes() {
        collection.createIndex(Indexes.ascending("hash"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("tenantId"));
    }

    @Override
    public boolean add(ApiKey key) {
        try {
            collection.insertOne(document(key));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void save(ApiKey key) {
        collection.replaceOne(Filters.eq("_id", key.id().value()), document(key));
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.value())).first()).map(MongoApiKeys::key);
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return Optional.ofNullable(collection.find(Filters.eq("hash", hash.hex())).first()).map(MongoApiKeys::key);
    }

    @Override
    public List<ApiKey> ofTenant(TenantId tenantId) {
        return collection.find(Filters.eq("tenantId", tenantId.value()))
            .sort(Sorts.ascending("createdAt", "_id"))
            .map(MongoApiKeys::key)
            .into(new ArrayList<>());
    }

    private static Document document(ApiKey key) {
        return new Document("_id", key.id().value())
            .append("tenantId", key.tenantId().value())
            .append("tenantKind", key.tenantKind().name())
            .append("hash", key.hash().hex())
            .append("scopes", key.scopes().stream().map(Scope::wireName).sorted().toList())
            .append("createdAt", Date.from(key.createdAt()))
            .append("expiresAt", date(key.expiresAt()))
            .append("revokedAt", date(key.revokedAt()))
            .append("origin", key.origin().name());
    }

    private static ApiKey key(Document document) {
        return new ApiKey(new ApiKeyId(document.getString("_id")),
            new TenantId(document.getString("tenantId")),
            TenantKind.valueOf(document.getString("tenantKind")),
            new ApiKeyHash(document.getString("hash")),
            document.getList("scopes", String.class).stream()
                .map(name -> Scope.fromWireName(name).orElseThrow(() -> new IllegalStateException(
                    "Stored key " + document.getString("_id") + " has unknown scope " + name)))
                .collect(Collectors.toSet()),
            document.getDate("createdAt").toInstant(),
            instant(document.getDate("expiresAt")),
            instant(document.getDate("revokedAt")),
            ApiKey.Origin.valueOf(document.getString("origin")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
