package com.lumenbridge.store.reservation.persistence;

import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.common.Mongo;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.Line;
import com.lumenbridge.store.reservation.domain.Reservation;
import com.lumenbridge.store.reservation.domain.ReservationState;
import com.lumenbridge.store.reservation.domain.ShortLine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Each state change is one conditional update of the reservation document that also appends its
 * events to the document's outbox. A {@code PENDING} reservation is driven by whoever holds its lease
 * ({@code driver}); only the lease holder may move it out of {@code PENDING}, so a recovery that took
 * over a stalled attempt and the stalled attempt never both decide. Final states whose stock effect
 * (release or commit of the holds) is not yet applied carry {@code settled: false}.
 *
 * <p>Recovery looks for reservations left {@code PENDING} or unsettled. mongo-java-server has no
 * index on those fields, so a query for them reads every reservation ever made (one per order):
 * after 8 000 orders, those two queries every 10 s and expiry's every 30 s kept a quarter of a core
 * of the Mongo server busy on an idle stack. So every
 * reservation that may need recovering is first noted in {@value #WATCH} by {@code _id}: before it
 * is inserted {@code PENDING}, and before it moves to an unsettled state. Recovery reads only the
 * noted ones, and forgets a note once its reservation has been settled and out of {@code PENDING}
 * for longer than the staleness it recovers after. The first recovery after start reads the whole
 * collection once, for reservations noted nowhere (written before this, or a note lost).
 */
public class MongoReservations {

    public static final String COLLECTION = "reservations";
    static final String WATCH = "reservations_watch";

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> watch;
    private volatile boolean wholeCollectionRead;
    private final Outbox outbox;
    private final Clock clock;

    public MongoReservations(MongoDatabase database, Outbox outbox, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.watch = database.getCollection(WATCH);
        this.outbox = outbox;
        this.clock = clock;
        collection.createIndex(Indexes.ascending("state", "drivenAt"));
        collection.createIndex(Indexes.ascending("state", "holdExpiresAt"));
        collection.createIndex(Indexes.ascending("settled", "drivenAt"));
    }

    public Optional<Reservation> find(String orderId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", orderId)).first()).map(MongoReservations::toReservation);
    }

    /** Records the intent under {@code driver}'s lease; false if the order has a reservation already. */
    public boolean begin(Reservation pending, String driver) {
        note(pending.orderId());
        return insert(toDocument(pending).append("driver", driver).append("settled", true), List.of());
    }

    /** Notes that the reservation of {@code orderId} may need recovering; written before the change it covers. */
    private void note(String orderId) {
        watch.replaceOne(Filters.eq("_id", orderId), new Document("_id", orderId).append("at", now()),
            new ReplaceOptions().upsert(true));
    }

    /** Records an order refused outright, with its event; false if the order has a reservation already. */
    public boolean insertFinal(Reservation reservation, List<? extends IntegrationEvent> events) {
        return insert(toDocument(reservation).append("settled", true), events);
    }

    private boolean insert(Document doc, List<? extends IntegrationEvent> events) {
        doc.append("drivenAt", now()).append("createdAt", now())
            .append(Outbox.FIELD, outbox.entries(doc.getString("tenantId"), events));
        try {
            collection.insertOne(doc);
        } catch (RuntimeException e) {
            if (Mongo.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
        if (!events.isEmpty()) {
            outbox.written(COLLECTION, doc.getString("_id"));
        }
        return true;
    }

    /**
     * Moves the reservation from {@code from} to {@code next.state()} with its events, if it is still in
     * {@code from} and, when {@code driver} is given, still leased to it.
     */
    public boolean transition(ReservationState from, String driver, Reservation next, boolean settled,
            List<? extends IntegrationEvent> events) {
        if (!settled) {
            note(next.orderId());
        }
        List<Bson> filter = new ArrayList<>(List.of(Filters.eq("_id", next.orderId()), Filters.eq("state", from.name())));
        if (driver != null) {
            filter.add(Filters.eq("driver", driver));
        }
        long matched = collection.updateOne(Filters.and(filter), Updates.combine(
            Updates.set("state", next.state().name()),
            Updates.set("holdExpiresAt", next.holdExpiresAt() == null ? null : Date.from(next.holdExpiresAt())),
            Updates.set("reason", next.reason()),
            Updates.set("shortLines", shortLines(next.shortLines())),
            Updates.set("settled", settled),
            Updates.set("drivenAt", now()),
            outbox.push(next.storefrontId(), events))).getMatchedCount();
        if (matched == 1) {
            outbox.written(COLLECTION, next.orderId());
        }
        return matched == 1;
    }

    public void markSettled(String orderId) {
        collection.updateOne(Filters.eq("_id", orderId), Updates.set("settled", true));
    }

    /** Takes over the lease of one {@code PENDING} reservation last driven before {@code staleBefore}. */
    public Optional<Reservation> claimStalePending(Instant staleBefore, String driver) {
        Bson stale = Filters.and(Filters.eq("state", ReservationState.PENDING.name()),
            Filters.lt("drivenAt", Date.from(staleBefore)));
        Document candidates = watched().append("state", ReservationState.PENDING.name())
            .append("drivenAt", new Document("$lt", Date.from(staleBefore)));
        for (Document candidate : collection.find(candidates)) {
            Document claimed = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", candidate.get("_id")), stale),
                Updates.combine(Updates.set("driver", driver), Updates.set("drivenAt", now())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (claimed != null) {
                return Optional.of(toReservation(claimed));
            }
        }
        return Optional.empty();
    }

    /**
     * Final reservations whose stock effect was not confirmed applied since before {@code staleBefore}.
     * Also forgets the notes of reservations that have been settled, and out of {@code PENDING}, since
     * before {@code staleBefore}.
     */
    public List<Reservation> unsettled(Instant staleBefore, int limit) {
        forgetSettled(staleBefore);
        List<Reservation> found = new ArrayList<>();
        collection.find(watched().append("settled", false).append("drivenAt", new Document("$lt", Date.from(staleBefore))))
            .limit(limit).forEach(d -> found.add(toReservation(d)));
        return found;
    }

    /**
     * A filter for the reservations recovery must look at: the noted ones, and once after start all of
     * them, noting those found pending or unsettled. A plain document with {@code _id} at its top level
     * (not {@code Filters.and}, which the driver sends as {@code $and}), so mongo-java-server answers
     * it from the {@code _id} index; callers add their other conditions beside it.
     */
    private Document watched() {
        if (!wholeCollectionRead) {
            collection.find(Filters.or(Filters.eq("state", ReservationState.PENDING.name()), Filters.eq("settled", false)))
                .projection(Projections.include("_id")).forEach(d -> note(d.getString("_id")));
            wholeCollectionRead = true;
        }
        List<Object> ids = new ArrayList<>();
        watch.find().forEach(d -> ids.add(d.get("_id")));
        return new Document("_id", new Document("$in", ids));
    }

    /**
     * Drops the notes, older than {@code staleBefore}, of reservations that are settled and out of
     * {@code PENDING} (or were never inserted). The age rule keeps a note written just before its
     * reservation's change: that change lands within moments, not after the staleness recovery waits.
     */
    private void forgetSettled(Instant staleBefore) {
        Map<Object, Object> old = new LinkedHashMap<>();
        watch.find(Filters.lt("at", Date.from(staleBefore))).forEach(d -> old.put(d.get("_id"), d.get("at")));
        if (old.isEmpty()) {
            return;
        }
        Set<Object> open = new HashSet<>();
        collection.find(new Document("_id", new Document("$in", new ArrayList<>(old.keySet())))
                .append("$or", List.of(new Document("state", ReservationState.PENDING.name()), new Document("settled", false))))
            .forEach(d -> open.add(d.get("_id")));
        List<DeleteOneModel<Document>> forget = new ArrayList<>();
        old.forEach((id, at) -> {
            if (!open.contains(id)) {
                // only if not noted again since it was read
                forget.add(new DeleteOneModel<>(Filters.and(Filters.eq("_id", id), Filters.eq("at", at))));
            }
        });
        if (!forget.isEmpty()) {
            watch.bulkWrite(forget, new BulkWriteOptions().ordered(false));
        }
    }

    /** How many reservations are noted for recovery; for tests. */
    long watchedCount() {
        return watch.countDocuments();
    }

    public List<Reservation> expiredBy(Instant now, int limit) {
        List<Reservation> found = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("state", ReservationState.RESERVED.name()),
                Filters.lte("holdExpiresAt", Date.from(now))))
            .limit(limit).forEach(d -> found.add(toReservation(d)));
        return found;
    }

    public long count(ReservationState state) {
        return collection.countDocuments(Filters.eq("state", state.name()));
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private static List<Document> shortLines(List<ShortLine> shorts) {
        return shorts.stream().map(s -> new Document("sku", s.sku()).append("requested", s.requested())
            .append("available", s.available())).toList();
    }

    static Document toDocument(Reservation r) {
        return new Document("_id", r.orderId())
            .append("tenantId", r.storefrontId())
            .append("manufacturerId", r.manufacturerId())
            .append("fulfillment", r.fulfillment().name())
            .append("locationId", r.locationId())
            .append("locationTenantId", r.locationTenantId())
            .append("lines", r.lines().stream().map(l -> new Document("sku", l.sku()).append("quantity", l.quantity())).toList())
            .append("state", r.state().name())
            .append("holdExpiresAt", r.holdExpiresAt() == null ? null : Date.from(r.holdExpiresAt()))
            .append("reason", r.reason())
            .append("shortLines", shortLines(r.shortLines()));
    }

    static Reservation toReservation(Document d) {
        Date expires = d.getDate("holdExpiresAt");
        return new Reservation(d.getString("_id"), d.getString("tenantId"), d.getString("manufacturerId"),
            Fulfillment.valueOf(d.getString("fulfillment")), d.getString("locationId"), d.getString("locationTenantId"),
            d.getList("lines", Document.class).stream().map(l -> new Line(l.getString("sku"), l.getInteger("quantity"))).toList(),
            ReservationState.valueOf(d.getString("state")), expires == null ? null : expires.toInstant(), d.getString("reason"),
            d.getList("shortLines", Document.class, List.of()).stream()
                .map(s -> new ShortLine(s.getString("sku"), s.getInteger("requested"), s.getInteger("available"))).toList());
    }
}
