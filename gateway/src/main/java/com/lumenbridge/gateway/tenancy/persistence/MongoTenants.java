package com.lumenbridge.gateway.tenancy.persistence;

import com.lumenbridge.gateway.tenancy.application.Page;
import com.lumenbridge.gateway.tenancy.application.PageRequest;
import com.lumenbridge.gateway.tenancy.application.Tenants;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.gateway.tenancy.domain.TenantName;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The {@code tenants} collection; each document also carries its tenant's unpublished events. */
class MongoTenants implements Tenants {

    static final String COLLECTION = "tenants";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    MongoTenants(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
    }

    void createIndexes() {
        collection.createIndex(Indexes.ascending("registeredAt"));
    }

    @Override
    public boolean add(Tenant tenant, List<? extends IntegrationEvent> events) {
        Document document = new Document("_id", tenant.id().value())
            .append("name", tenant.name().value())
            .append("kind", tenant.kind().name())
            .append("registeredAt", Date.from(tenant.registeredAt()))
            .append(Outbox.FIELD, outbox.entries(tenant.id().value(), events));
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        outbox.written(COLLECTION, tenant.id().value());
        return true;
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.value())).projection(withoutOutbox()).first())
            .map(MongoTenants::tenant);
    }

    @Override
    public Page<Tenant> list(PageRequest request) {
        long total = collection.countDocuments();
        List<Tenant> items = collection.find()
            .projection(withoutOutbox())
            .sort(Sorts.ascending("registeredAt", "_id"))
            .skip(request.offset())
            .limit(request.size())
            .map(MongoTenants::tenant)
            .into(new ArrayList<>());
        return new Page<>(items, total, request.page(), request.size());
    }

    private static org.bson.conversions.Bson withoutOutbox() {
        return Projections.exclude(Outbox.FIELD);
    }

    private static Tenant tenant(Document document) {
        return new Tenant(new TenantId(document.getString("_id")), new TenantName(document.getString("name")),
            TenantKind.valueOf(document.getString("kind")), document.getDate("registeredAt").toInstant());
    }
}
