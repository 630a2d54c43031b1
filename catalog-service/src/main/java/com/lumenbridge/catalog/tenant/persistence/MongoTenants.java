package com.lumenbridge.catalog.tenant.persistence;

import com.lumenbridge.catalog.tenant.application.Tenants;
import com.lumenbridge.catalog.tenant.domain.Tenant;
import com.lumenbridge.platform.identity.TenantKind;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;

/** {@link Tenants} in the {@code tenants} collection, {@code _id} = tenant id. */
public class MongoTenants implements Tenants {

    private final MongoCollection<Document> collection;

    public MongoTenants(MongoDatabase database) {
        this.collection = database.getCollection("tenants");
    }

    @Override
    public Optional<Tenant> find(String tenantId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", tenantId)).first())
            .map(d -> new Tenant(d.getString("_id"), d.getString("name"), TenantKind.valueOf(d.getString("kind"))));
    }

    @Override
    public void save(Tenant tenant) {
        collection.replaceOne(Filters.eq("_id", tenant.id()),
            new Document("_id", tenant.id()).append("name", tenant.name()).append("kind", tenant.kind().name()),
            new ReplaceOptions().upsert(true));
    }
}
