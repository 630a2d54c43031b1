package com.lumenbridge.store.inventory.persistence;

import com.lumenbridge.platform.events.store.InventoryChanged;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.common.Mongo;
import com.lumenbridge.store.common.Page;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.inventory.domain.InsufficientStock;
import com.lumenbridge.store.inventory.domain.StockBelowReserved;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The inventory documents. {@code available} and {@code headroom} ({@code available − lowStockThreshold},
 * so "low stock" is an indexable {@code headroom < 0}) are moved by the same {@code $inc} as
 * {@code onHand} and {@code reserved} in every write, so they are exact at every moment.
 *
 * <p>Each open hold is an entry {@code holds.<holder>: quantity} of the same document, written by the
 * guarded update that takes it: that makes a hold atomic and idempotent without transactions. Open
 * holds stay until picked up, cancelled or expired, so a busy SKU's document carries thousands, and
 * the embedded Mongo server decodes and re-encodes the whole document on every access. The entry is
 * therefore a bare number: at 4 400 open holds a hold, its relay read and its mark-sent cost 11–15 ms
 * of Mongo CPU, against 39–52 ms with the {@code {quantity, at}} sub-document used before (which
 * {@link #heldQuantity} still reads).
 */
public class StockLedger {

    public static final String COLLECTION = "inventory";
    static final int AUDIT_ENTRIES_KEPT = 200;
    private static final int MAX_CAS_ATTEMPTS = 50;

    private final MongoCollection<Document> collection;
    private final Outbox outbox;
    private final Clock clock;

    public StockLedger(MongoDatabase database, Outbox outbox, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        this.clock = clock;
        collection.createIndex(Indexes.ascending("locationId", "sku"));
        collection.createIndex(Indexes.ascending("locationId", "headroom"));
    }

    public static String id(String locationId, String sku) {
        return locationId + ":" + sku;
    }

    /** The outcome of trying to hold units for one order or sale. */
    public sealed interface Hold {
        /** Units were taken now. */
        record Taken() implements Hold {
        }

        /** This holder already held the line: a repeated attempt changes nothing. */
        record AlreadyHeld() implements Hold {
        }

        /** Not enough available; nothing was taken. */
        record Short(int available) implements Hold {
        }
    }

    public Optional<StockView> find(String locationId, String sku) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id(locationId, sku))).first()).map(StockLedger::view);
    }

    /** Sets on-hand stock (and optionally the threshold); refuses to drop below what is reserved. */
    public StockView set(String tenantId, String locationId, String sku, int onHand, Integer threshold) {
        ensure(tenantId, locationId, sku);
        String id = id(locationId, sku);
        for (int attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
            Document current = collection.find(Filters.eq("_id", id)).first();
            int oldOnHand = current.getInteger("onHand");
            int oldThreshold = current.getInteger("lowStockThreshold");
            int delta = onHand - oldOnHand;
            int newThreshold = threshold == null ? oldThreshold : threshold;
            List<Bson> updates = new ArrayList<>(List.of(
                Updates.inc("onHand", delta), Updates.inc("available", delta),
                Updates.inc("headroom", delta - (newThreshold - oldThreshold)),
                Updates.set("lowStockThreshold", newThreshold), Updates.set("updatedAt", now())));
            if (delta != 0) {
                updates.add(outbox.push(tenantId, List.of(changed(locationId, sku, "SET", delta, 0, null))));
            }
            // onHand and threshold unchanged since read, and what is reserved still fits under the new onHand
            Document after = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", id), Filters.eq("onHand", oldOnHand),
                    Filters.eq("lowStockThreshold", oldThreshold), Filters.gte("available", -delta)),
                Updates.combine(updates), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (after != null) {
                written(id, delta != 0);
                return view(after);
            }
            Document now = collection.find(Filters.eq("_id", id)).first();
            if (now.getInteger("onHand") == oldOnHand && now.getInteger("lowStockThreshold") == oldThreshold) {
                throw new StockBelowReserved(onHand, now.getInteger("reserved"));
            }
        }
        throw new IllegalStateException("stock of " + id + " keeps changing; try again");
    }

    /**
     * Applies an adjustment once: a repeated {@code adjustmentId} (a retried request) returns the
     * current level without applying it again.
     */
    public StockView adjust(String tenantId, String locationId, String sku, String adjustmentId, String kind, int quantity,
            String reason, String by) {
        ensure(tenantId, locationId, sku);
        String id = id(locationId, sku);
        List<Bson> filter = new ArrayList<>(List.of(Filters.eq("_id", id), Filters.ne("adjustments.id", adjustmentId)));
        if (quantity < 0) {
            filter.add(Filters.gte("available", -quantity));
        }
        Document entry = new Document("id", adjustmentId).append("kind", kind).append("quantity", quantity)
            .append("reason", reason).append("by", by).append("at", now());
        Document after = collection.findOneAndUpdate(Filters.and(filter), Updates.combine(
                Updates.inc("onHand", quantity), Updates.inc("available", quantity), Updates.inc("headroom", quantity),
                Updates.pushEach("adjustments", List.of(entry), new PushOptions().slice(-AUDIT_ENTRIES_KEPT)),
                Updates.set("updatedAt", now()),
                outbox.push(tenantId, List.of(changed(locationId, sku, kind, quantity, 0, adjustmentId)))),
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after != null) {
            written(id, true);
            return view(after);
        }
        Document current = collection.find(Filters.eq("_id", id)).first();
        boolean alreadyApplied = current.getList("adjustments", Document.class, List.of()).stream()
            .anyMatch(a -> adjustmentId.equals(a.getString("id")));
        if (alreadyApplied) {
            return view(current);
        }
        throw new InsufficientStock(sku, -quantity, current.getInteger("available"));
    }

    /** One page of the audit trail, newest first; empty when the SKU has no stock document at the location. */
    public Optional<Page<Adjustment>> adjustments(String locationId, String sku, PageRequest page) {
        Document doc = collection.find(Filters.eq("_id", id(locationId, sku))).projection(Projections.include("adjustments")).first();
        if (doc == null) {
            return Optional.empty();
        }
        List<Adjustment> all = adjustments(locationId, sku).stream().map(a -> new Adjustment(a.getString("id"),
            a.getString("kind"), a.getInteger("quantity"), a.getString("reason"), a.getString("by"),
            a.getDate("at").toInstant())).toList();
        return Optional.of(new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page.page(),
            page.size()));
    }

    /** The audit trail of adjustments kept with the stock, newest first. */
    public List<Document> adjustments(String locationId, String sku) {
        Document doc = collection.find(Filters.eq("_id", id(locationId, sku))).projection(Projections.include("adjustments")).first();
        List<Document> entries = new ArrayList<>(doc == null ? List.of() : doc.getList("adjustments", Document.class, List.of()));
        java.util.Collections.reverse(entries);
        return entries;
    }

    /**
     * Holds {@code quantity} for {@code holder} (an order id, or {@code sale-<id>}) in one guarded update:
     * only if that many are available and this holder holds nothing of the SKU yet.
     */
    public Hold hold(String tenantId, String locationId, String sku, String holder, int quantity, String cause) {
        String id = id(locationId, sku);
        long matched = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.gte("available", quantity),
                Filters.exists(holdField(holder), false)),
            Updates.combine(Updates.inc("reserved", quantity), Updates.inc("available", -quantity),
                Updates.inc("headroom", -quantity),
                Updates.set(holdField(holder), quantity),
                Updates.set("updatedAt", now()),
                outbox.push(tenantId, List.of(changed(locationId, sku, cause, 0, quantity, holder))))).getMatchedCount();
        if (matched == 1) {
            written(id, true);
            return new Hold.Taken();
        }
        Document current = collection.find(Filters.eq("_id", id)).first();
        if (current == null) {
            return new Hold.Short(0);
        }
        if (current.get("holds", Document.class) != null && current.get("holds", Document.class).containsKey(holder)) {
            return new Hold.AlreadyHeld();
        }
        return new Hold.Short(current.getInteger("available"));
    }

    /** Gives a hold back to {@code available}; nothing happens when there is no such hold. */
    public boolean release(String tenantId, String locationId, String sku, String holder, String cause) {
        return settle(tenantId, locationId, sku, holder, cause, false);
    }

    /** The held units leave the location: {@code onHand} and {@code reserved} drop; idempotent like release. */
    public boolean commit(String tenantId, String locationId, String sku, String holder, String cause) {
        return settle(tenantId, locationId, sku, holder, cause, true);
    }

    private boolean settle(String tenantId, String locationId, String sku, String holder, String cause, boolean leaves) {
        String id = id(locationId, sku);
        // only this holder's entry comes back, not every open hold of the SKU
        Document current = collection.find(Filters.eq("_id", id)).projection(Projections.include(holdField(holder))).first();
        Document holds = current == null ? null : current.get("holds", Document.class);
        Object entry = holds == null ? null : holds.get(holder);
        if (entry == null) {
            return false;
        }
        int quantity = heldQuantity(entry);
        // guarded by the entry as read, in whichever form it was written
        String heldField = entry instanceof Document ? holdField(holder) + ".quantity" : holdField(holder);
        Bson stock = leaves
            ? Updates.combine(Updates.inc("onHand", -quantity), Updates.inc("reserved", -quantity))
            : Updates.combine(Updates.inc("reserved", -quantity), Updates.inc("available", quantity),
                Updates.inc("headroom", quantity));
        long matched = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(heldField, quantity)),
            Updates.combine(stock, Updates.unset(holdField(holder)), Updates.set("updatedAt", now()),
                outbox.push(tenantId, List.of(changed(locationId, sku, cause, leaves ? -quantity : 0, -quantity, holder)))))
            .getMatchedCount();
        if (matched == 1) {
            written(id, true);
        }
        return matched == 1;
    }

    /** Whether any SKU at the location has units held for an order or a sale. */
    public boolean hasHolds(String locationId) {
        return collection.find(Filters.and(Filters.eq("locationId", locationId), Filters.gt("reserved", 0)))
            .projection(Projections.include("_id")).first() != null;
    }

    /** How many SKUs, across all locations, have {@code available} under their low-stock threshold. */
    public long countLowStock() {
        return collection.countDocuments(Filters.lt("headroom", 0));
    }

    public boolean holds(String locationId, String sku, String holder) {
        return collection.find(Filters.and(Filters.eq("_id", id(locationId, sku)), Filters.exists(holdField(holder), true)))
            .first() != null;
    }

    /** Available units of {@code sku} at each of {@code locationIds} that has at least {@code minimum}. */
    public Map<String, Integer> availableAt(Collection<String> locationIds, String sku, int minimum) {
        Map<String, Integer> available = new HashMap<>();
        collection.find(Filters.and(Filters.in("_id", locationIds.stream().map(l -> id(l, sku)).toList()),
                Filters.gte("available", minimum)))
            .projection(Projections.include("locationId", "available"))
            .forEach(d -> available.put(d.getString("locationId"), d.getInteger("available")));
        return available;
    }

    public Page<StockView> list(String locationId, boolean lowStockOnly, String skuPrefix, PageRequest page) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("locationId", locationId)));
        if (lowStockOnly) {
            filters.add(Filters.lt("headroom", 0));
        }
        if (skuPrefix != null) {
            filters.add(Filters.regex("sku", "^" + Pattern.quote(skuPrefix)));
        }
        Bson filter = Filters.and(filters);
        List<StockView> items = new ArrayList<>();
        collection.find(filter).projection(Projections.exclude("holds", "adjustments", Outbox.FIELD))
            .sort(Sorts.ascending("sku")).skip(page.offset()).limit(page.size()).forEach(d -> items.add(view(d)));
        return new Page<>(items, collection.countDocuments(filter), page.page(), page.size());
    }

    private void ensure(String tenantId, String locationId, String sku) {
        try {
            collection.insertOne(new Document("_id", id(locationId, sku)).append("tenantId", tenantId)
                .append("locationId", locationId).append("sku", sku).append("onHand", 0).append("reserved", 0)
                .append("available", 0).append("lowStockThreshold", 0).append("headroom", 0)
                .append("holds", new Document()).append("adjustments", List.of()).append("updatedAt", now())
                .append(Outbox.FIELD, List.of()));
        } catch (RuntimeException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private void written(String id, boolean hasEvents) {
        if (hasEvents) {
            outbox.written(COLLECTION, id);
        }
    }

    private InventoryChanged changed(String locationId, String sku, String cause, int onHandDelta, int reservedDelta,
            String reference) {
        return new InventoryChanged(locationId, sku, cause, onHandDelta, reservedDelta, reference, clock.instant());
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private static String holdField(String holder) {
        return "holds." + holder;
    }

    /** The units a hold entry holds: a bare number, or the {@code {quantity, at}} written before. */
    static int heldQuantity(Object entry) {
        return entry instanceof Document held ? held.getInteger("quantity") : ((Number) entry).intValue();
    }

    static StockView view(Document d) {
        return new StockView(d.getString("locationId"), d.getString("sku"), d.getInteger("onHand"), d.getInteger("reserved"),
            d.getInteger("available"), d.getInteger("lowStockThreshold"), d.getDate("updatedAt").toInstant());
    }

    /** One audited adjustment: which, of what kind, by how much, why, by which tenant and when. */
    public record Adjustment(String id, String kind, int quantity, String reason, String by, Instant at) {
    }

    /** What the owner sees of one SKU's stock. */
    public record StockView(String locationId, String sku, int onHand, int reserved, int available, int lowStockThreshold,
            Instant updatedAt) {

        public boolean lowStock() {
            return available < lowStockThreshold;
        }
    }
}
