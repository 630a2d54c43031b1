package com.lumenbridge.store.visit.persistence;

import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.visit.domain.Visit;
import com.lumenbridge.store.visitor.persistence.VisitorDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Visit documents; the visit and its event are one insert. */
public class Visits {

    public static final String COLLECTION = "visits";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    public Visits(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        collection.createIndex(Indexes.ascending("storeId", "visitedAt"));
    }

    public void insert(Visit v, List<? extends IntegrationEvent> events) {
        collection.insertOne(new Document("_id", v.id())
            .append("tenantId", v.dealerId())
            .append("storeId", v.storeId())
            .append("visitedAt", Date.from(v.visitedAt()))
            .append("products", v.products())
            .append("visitor", VisitorDocuments.toDocument(v.visitor()))
            .append(Outbox.FIELD, outbox.entries(v.dealerId(), events)));
        outbox.written(COLLECTION, v.id());
    }
}
