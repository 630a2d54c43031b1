package com.lumenbridge.store.sale.persistence;

import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.common.Mongo;
import com.lumenbridge.store.sale.domain.OfflineSale;
import com.lumenbridge.store.sale.domain.SaleLine;
import com.lumenbridge.store.sale.domain.SaleState;
import com.lumenbridge.store.sale.domain.ShortLine;
import com.lumenbridge.store.visitor.persistence.VisitorDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * One document per sale, its {@code _id} the store and the dealer's idempotency key, so a retried
 * request finds the sale it already made. Like reservations, a {@code PENDING} sale is driven by the
 * holder of its lease ({@code driver}) and a final state whose stock effect is not yet applied carries
 * {@code settled: false}.
 */
public class OfflineSales {

    public static final String COLLECTION = "offline_sales";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;
    private final Clock clock;

    public OfflineSales(MongoDatabase database, Outbox outbox, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        this.clock = clock;
        collection.createIndex(Indexes.ascending("state", "drivenAt"));
        collection.createIndex(Indexes.ascending("settled", "drivenAt"));
    }

    static String key(String storeId, String idempotencyKey) {
        return storeId + "|" + idempotencyKey;
    }

    public Optional<OfflineSale> find(String storeId, String idempotencyKey) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", key(storeId, idempotencyKey))).first())
            .map(OfflineSales::toSale);
    }

    /** Records the intent under {@code driver}'s lease; false if the key was used at this store already. */
    public boolean begin(OfflineSale sale, String driver) {
        try {
            collection.insertOne(toDocument(sale).append("driver", driver).append("settled", true)
                .append("drivenAt", now()).append(Outbox.FIELD, List.of()));
            return true;
        } catch (RuntimeException e) {
            if (Mongo.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Moves a pending sale still leased to {@code driver} to {@code next} with its events, not yet settled. */
    public boolean finish(String driver, OfflineSale next, List<? extends IntegrationEvent> events) {
        long matched = collection.updateOne(Filters.and(Filters.eq("_id", key(next.storeId(), next.idempotencyKey())),
                Filters.eq("state", SaleState.PENDING.name()), Filters.eq("driver", driver)),
            Updates.combine(Updates.set("state", next.state().name()),
                Updates.set("soldAt", next.soldAt() == null ? null : Date.from(next.soldAt())),
                Updates.set("shortLines", shortLines(next.shortLines())), Updates.set("settled", false),
                Updates.set("drivenAt", now()), outbox.push(next.dealerId(), events))).getMatchedCount();
        if (matched == 1 && !events.isEmpty()) {
            outbox.written(COLLECTION, key(next.storeId(), next.idempotencyKey()));
        }
        return matched == 1;
    }

    public void markSettled(OfflineSale sale) {
        collection.updateOne(Filters.eq("_id", key(sale.storeId(), sale.idempotencyKey())), Updates.set("settled", true));
    }

    /** Takes over the lease of one {@code PENDING} sale last driven before {@code staleBefore}. */
    public Optional<OfflineSale> claimStalePending(Instant staleBefore, String driver) {
        return Optional.ofNullable(collection.findOneAndUpdate(
                Filters.and(Filters.eq("state", SaleState.PENDING.name()), Filters.lt("drivenAt", Date.from(staleBefore))),
                Updates.combine(Updates.set("driver", driver), Updates.set("drivenAt", now())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
            .map(OfflineSales::toSale);
    }

    /** Final sales whose stock effect was not confirmed applied since before {@code staleBefore}. */
    public List<OfflineSale> unsettled(Instant staleBefore, int limit) {
        List<OfflineSale> found = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("settled", false), Filters.lt("drivenAt", Date.from(staleBefore))))
            .limit(limit).forEach(d -> found.add(toSale(d)));
        return found;
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private static List<Document> shortLines(List<ShortLine> shorts) {
        return shorts.stream().map(s -> new Document("sku", s.sku()).append("requested", s.requested())
            .append("available", s.available())).toList();
    }

    static Document toDocument(OfflineSale s) {
        return new Document("_id", key(s.storeId(), s.idempotencyKey()))
            .append("saleId", s.id())
            .append("tenantId", s.dealerId())
            .append("storeId", s.storeId())
            .append("idempotencyKey", s.idempotencyKey())
            .append("lines", s.lines().stream().map(l -> new Document("sku", l.sku()).append("quantity", l.quantity())).toList())
            .append("customer", VisitorDocuments.toDocument(s.customer()))
            .append("state", s.state().name())
            .append("shortLines", shortLines(s.shortLines()))
            .append("createdAt", Date.from(s.createdAt()))
            .append("soldAt", s.soldAt() == null ? null : Date.from(s.soldAt()));
    }

    static OfflineSale toSale(Document d) {
        Date soldAt = d.getDate("soldAt");
        return new OfflineSale(d.getString("saleId"), d.getString("storeId"), d.getString("tenantId"),
            d.getString("idempotencyKey"),
            d.getList("lines", Document.class).stream().map(l -> new SaleLine(l.getString("sku"), l.getInteger("quantity"))).toList(),
            VisitorDocuments.toVisitor(d.get("customer", Document.class)), SaleState.valueOf(d.getString("state")),
            d.getList("shortLines", Document.class, List.of()).stream()
                .map(s -> new ShortLine(s.getString("sku"), s.getInteger("requested"), s.getInteger("available"))).toList(),
            d.getDate("createdAt").toInstant(), soldAt == null ? null : soldAt.toInstant());
    }
}
