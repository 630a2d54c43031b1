package com.lumenbridge.catalog.product.persistence;

import com.lumenbridge.catalog.product.application.Products;
import com.lumenbridge.catalog.product.domain.ProductState;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/** {@link Products} in the {@code products} collection, {@code _id} = SKU (unique platform-wide). */
public class MongoProducts implements Products {

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    public MongoProducts(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        collection.createIndex(Indexes.ascending("tenantId", "_id"), new IndexOptions().name("tenant_sku"));
    }

    @Override
    public Optional<ProductState> find(String sku) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", sku)).projection(withoutOutbox()).first())
            .map(ProductDocuments::state);
    }

    @Override
    public Map<String, ProductState> findAll(Collection<String> skus) {
        Map<String, ProductState> found = new HashMap<>();
        if (!skus.isEmpty()) {
            collection.find(Filters.in("_id", skus)).projection(withoutOutbox())
                .forEach(doc -> found.put(doc.getString("_id"), ProductDocuments.state(doc)));
        }
        return found;
    }

    @Override
    public void insert(ProductState product, List<? extends IntegrationEvent> events) {
        try {
            collection.insertOne(insertDocument(product, events));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new SkuInUse(product.sku(), ownerOf(product.sku()));
            }
            throw e;
        }
        outbox.written(COLLECTION, product.sku());
    }

    @Override
    public void update(ProductState product, long expectedVersion, List<? extends IntegrationEvent> events) {
        long matched = collection.updateOne(versionFilter(product.sku(), expectedVersion), update(product, events))
            .getMatchedCount();
        if (matched == 0) {
            throw new ConcurrentUpdate(product.sku());
        }
        outbox.written(COLLECTION, product.sku());
    }

    @Override
    public BatchResult writeBatch(List<Write> writes) {
        if (writes.isEmpty()) {
            return new BatchResult(Map.of());
        }
        List<WriteModel<Document>> models = new ArrayList<>(writes.size());
        for (Write write : writes) {
            models.add(write.expectedVersion() == 0
                ? new InsertOneModel<>(insertDocument(write.product(), write.events()))
                : new UpdateOneModel<>(versionFilter(write.product().sku(), write.expectedVersion()),
                    update(write.product(), write.events())));
        }
        Map<String, String> failed = new LinkedHashMap<>();
        long updatesMatched;
        try {
            updatesMatched = collection.bulkWrite(models, new BulkWriteOptions().ordered(false)).getMatchedCount();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                failed.put(writes.get(error.getIndex()).product().sku(),
                    error.getCategory() == ErrorCategory.DUPLICATE_KEY ? "was created concurrently" : error.getMessage());
            }
            updatesMatched = e.getWriteResult().getMatchedCount();
        }
        long updates = writes.stream().filter(w -> w.expectedVersion() != 0).count();
        if (updatesMatched < updates) {
            findLostUpdates(writes, failed);
        }
        for (Write write : writes) {
            if (!failed.containsKey(write.product().sku())) {
                outbox.written(COLLECTION, write.product().sku());
            }
        }
        return new BatchResult(failed);
    }

    /** An update that matched nothing left the stored version where someone else put it. */
    private void findLostUpdates(List<Write> writes, Map<String, String> failed) {
        List<Write> updates = writes.stream().filter(w -> w.expectedVersion() != 0).toList();
        Map<String, Long> stored = new HashMap<>();
        collection.find(Filters.in("_id", updates.stream().map(w -> w.product().sku()).toList()))
            .projection(Projections.include("version"))
            .forEach(doc -> stored.put(doc.getString("_id"), ((Number) doc.get("version")).longValue()));
        for (Write write : updates) {
            Long version = stored.get(write.product().sku());
            if (version == null || version != write.product().version()) {
                failed.putIfAbsent(write.product().sku(), "was changed concurrently");
            }
        }
    }

    @Override
    public OwnedPage listOwned(String tenantId, ProductStatus status, int page, int size) {
        Bson filter = status == null ? Filters.eq("tenantId", tenantId)
            : Filters.and(Filters.eq("tenantId", tenantId), Filters.eq("status", status.name()));
        List<ProductState> items = new ArrayList<>();
        collection.find(filter).projection(withoutOutbox()).sort(Sorts.ascending("_id")).skip(page * size).limit(size)
            .forEach(doc -> items.add(ProductDocuments.state(doc)));
        return new OwnedPage(items, collection.countDocuments(filter));
    }

    @Override
    public void forEach(Consumer<ProductState> action) {
        collection.find().projection(withoutOutbox()).batchSize(2000).forEach(doc -> action.accept(ProductDocuments.state(doc)));
    }

    private Document insertDocument(ProductState product, List<? extends IntegrationEvent> events) {
        Document doc = new Document("_id", product.sku());
        doc.putAll(ProductDocuments.fields(product));
        doc.append(Outbox.FIELD, outbox.entries(product.manufacturerId(), events));
        return doc;
    }

    private Bson update(ProductState product, List<? extends IntegrationEvent> events) {
        List<Bson> sets = new ArrayList<>();
        ProductDocuments.fields(product).forEach((field, value) -> sets.add(Updates.set(field, value)));
        sets.add(outbox.push(product.manufacturerId(), events));
        return Updates.combine(sets);
    }

    private static Bson versionFilter(String sku, long version) {
        return Filters.and(Filters.eq("_id", sku), Filters.eq("version", version));
    }

    private String ownerOf(String sku) {
        Document doc = collection.find(Filters.eq("_id", sku)).projection(Projections.include("tenantId")).first();
        return doc == null ? null : doc.getString("tenantId");
    }

    private static Bson withoutOutbox() {
        return Projections.exclude(Outbox.FIELD);
    }
}
