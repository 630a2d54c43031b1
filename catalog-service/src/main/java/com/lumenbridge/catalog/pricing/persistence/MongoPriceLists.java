package com.lumenbridge.catalog.pricing.persistence;

import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.pricing.domain.Discount;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.pricing.domain.PriceListTerms;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/** {@link PriceLists} in the {@code price_lists} collection. */
public class MongoPriceLists implements PriceLists {

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    public MongoPriceLists(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
    }

    @Override
    public Optional<PriceList> find(String manufacturerId, String priceListId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id(manufacturerId, priceListId)))
            .projection(Projections.exclude(Outbox.FIELD)).first()).map(MongoPriceLists::priceList);
    }

    @Override
    public boolean insert(PriceList list, List<? extends IntegrationEvent> events) {
        Document doc = new Document("_id", id(list.manufacturerId(), list.priceListId()));
        doc.putAll(fields(list));
        doc.append(Outbox.FIELD, outbox.entries(list.manufacturerId(), events));
        try {
            collection.insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        outbox.written(COLLECTION, doc.get("_id"));
        return true;
    }

    @Override
    public boolean update(PriceList list, long expectedVersion, List<? extends IntegrationEvent> events) {
        String id = id(list.manufacturerId(), list.priceListId());
        Document fields = fields(list);
        var sets = new java.util.ArrayList<org.bson.conversions.Bson>();
        fields.forEach((k, v) -> sets.add(Updates.set(k, v)));
        sets.add(outbox.push(list.manufacturerId(), events));
        boolean updated = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", expectedVersion)),
            Updates.combine(sets)).getMatchedCount() == 1;
        if (updated) {
            outbox.written(COLLECTION, id);
        }
        return updated;
    }

    @Override
    public void forEach(Consumer<PriceList> action) {
        collection.find().projection(Projections.exclude(Outbox.FIELD)).forEach(doc -> action.accept(priceList(doc)));
    }

    static String id(String manufacturerId, String priceListId) {
        return manufacturerId + ":" + priceListId;
    }

    private static Document fields(PriceList list) {
        Map<String, Long> overrides = list.terms().overrides();
        return new Document("tenantId", list.manufacturerId())
            .append("priceListId", list.priceListId())
            .append("version", list.version())
            .append("currency", list.terms().currency())
            .append("discountBasisPoints", list.terms().discount().basisPoints())
            .append("overrides", overrides.entrySet().stream()
                .map(e -> new Document("sku", e.getKey()).append("amountMinor", e.getValue())).toList());
    }

    private static PriceList priceList(Document doc) {
        Map<String, Long> overrides = new LinkedHashMap<>();
        for (Document o : doc.getList("overrides", Document.class, List.of())) {
            overrides.put(o.getString("sku"), ((Number) o.get("amountMinor")).longValue());
        }
        return PriceList.restore(doc.getString("tenantId"), doc.getString("priceListId"),
            new PriceListTerms(doc.getString("currency"), new Discount(doc.getInteger("discountBasisPoints")), overrides),
            ((Number) doc.get("version")).longValue());
    }
}
