package com.lumenbridge.catalog.partnership.persistence;

import com.lumenbridge.catalog.partnership.application.Partnerships;
import com.lumenbridge.catalog.partnership.domain.Partnership;
import com.lumenbridge.catalog.partnership.domain.PartnershipStatus;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/** {@link Partnerships} in the {@code partnerships} collection. */
public class MongoPartnerships implements Partnerships {

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    public MongoPartnerships(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
    }

    @Override
    public Optional<Partnership> find(String manufacturerId, String partnerTenantId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id(manufacturerId, partnerTenantId)))
            .projection(Projections.exclude(Outbox.FIELD)).first()).map(MongoPartnerships::partnership);
    }

    @Override
    public List<Partnership> ofManufacturer(String manufacturerId) {
        return list(Filters.eq("tenantId", manufacturerId));
    }

    @Override
    public List<Partnership> ofPartner(String partnerTenantId) {
        return list(Filters.eq("partnerTenantId", partnerTenantId));
    }

    private List<Partnership> list(Bson filter) {
        List<Partnership> found = new ArrayList<>();
        collection.find(filter).projection(Projections.exclude(Outbox.FIELD)).sort(Sorts.ascending("_id"))
            .forEach(doc -> found.add(partnership(doc)));
        return found;
    }

    @Override
    public boolean insert(Partnership p, List<? extends IntegrationEvent> events) {
        Document doc = new Document("_id", id(p.manufacturerId(), p.partnerTenantId()));
        doc.putAll(fields(p));
        doc.append(Outbox.FIELD, outbox.entries(p.manufacturerId(), events));
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
    public boolean update(Partnership p, long expectedVersion, List<? extends IntegrationEvent> events) {
        String id = id(p.manufacturerId(), p.partnerTenantId());
        List<Bson> sets = new ArrayList<>();
        fields(p).forEach((k, v) -> sets.add(Updates.set(k, v)));
        sets.add(outbox.push(p.manufacturerId(), events));
        boolean updated = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", expectedVersion)),
            Updates.combine(sets)).getMatchedCount() == 1;
        if (updated) {
            outbox.written(COLLECTION, id);
        }
        return updated;
    }

    @Override
    public void forEach(Consumer<Partnership> action) {
        collection.find().projection(Projections.exclude(Outbox.FIELD)).forEach(doc -> action.accept(partnership(doc)));
    }

    private static String id(String manufacturerId, String partnerTenantId) {
        return manufacturerId + ":" + partnerTenantId;
    }

    private static Document fields(Partnership p) {
        return new Document("tenantId", p.manufacturerId())
            .append("partnerTenantId", p.partnerTenantId())
            .append("priceListId", p.priceListId())
            .append("status", p.status().name())
            .append("version", p.version());
    }

    private static Partnership partnership(Document doc) {
        return Partnership.restore(doc.getString("tenantId"), doc.getString("partnerTenantId"),
            doc.getString("priceListId"), PartnershipStatus.valueOf(doc.getString("status")),
            ((Number) doc.get("version")).longValue());
    }
}
