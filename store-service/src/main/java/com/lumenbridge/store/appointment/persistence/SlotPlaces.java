package com.lumenbridge.store.appointment.persistence;

import com.lumenbridge.store.common.Mongo;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The places taken in each slot. A place is taken by one conditional update that matches only while
 * {@code booked < capacity}, so concurrent bookings never overfill a slot; each place names the
 * appointment holding it, so giving it back is exact and repeatable.
 */
public class SlotPlaces {

    public static final String COLLECTION = "appointment_slots";

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public SlotPlaces(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
        collection.createIndex(Indexes.ascending("slotStart"));
        collection.createIndex(Indexes.ascending("storeId", "slotStart"));
    }

    public static String key(String storeId, String service, Instant slotStart) {
        return storeId + "|" + service + "|" + slotStart.getEpochSecond();
    }

    /**
     * Takes one place for {@code appointmentId} if fewer than {@code capacity} are taken; true as well when
     * the appointment holds its place already (a retried booking), false when the slot is full.
     */
    public boolean take(String storeId, String service, Instant slotStart, int capacity, String appointmentId) {
        String key = key(storeId, service, slotStart);
        try {
            collection.insertOne(new Document("_id", key).append("storeId", storeId).append("service", service)
                .append("slotStart", Date.from(slotStart)).append("booked", 0).append("places", List.of()));
        } catch (RuntimeException e) {
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
        }
        long matched = collection.updateOne(
            Filters.and(Filters.eq("_id", key), Filters.lt("booked", capacity), Filters.ne("places.id", appointmentId)),
            Updates.combine(Updates.inc("booked", 1),
                Updates.push("places", new Document("id", appointmentId).append("at", Date.from(clock.instant())))))
            .getMatchedCount();
        return matched == 1
            || collection.find(Filters.and(Filters.eq("_id", key), Filters.eq("places.id", appointmentId))).first() != null;
    }

    /** Gives the place of {@code appointmentId} back; nothing happens when it holds none. */
    public boolean giveBack(String key, String appointmentId) {
        return collection.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq("places.id", appointmentId)),
            Updates.combine(Updates.inc("booked", -1), Updates.pull("places", new Document("id", appointmentId))))
            .getMatchedCount() == 1;
    }

    /** Places taken per slot key, for the keys that have any document. */
    public Map<String, Integer> booked(Collection<String> keys) {
        Map<String, Integer> booked = new HashMap<>();
        collection.find(Filters.in("_id", keys)).forEach(d -> booked.put(d.getString("_id"), d.getInteger("booked")));
        return booked;
    }

    /** Places in slots not yet started that were taken before {@code takenBefore}: the candidates the repair checks. */
    public List<Place> placesToCheck(Instant takenBefore, int limit) {
        List<Place> places = new ArrayList<>();
        collection.find(Filters.and(Filters.gte("slotStart", Date.from(clock.instant())),
                Filters.lt("places.at", Date.from(takenBefore))))
            .limit(limit)
            .forEach(d -> d.getList("places", Document.class, List.of()).stream()
                .filter(p -> p.getDate("at").toInstant().isBefore(takenBefore))
                .forEach(p -> places.add(new Place(d.getString("_id"), p.getString("id")))));
        return places;
    }

    /** One appointment's place in one slot. */
    public record Place(String key, String appointmentId) {
    }
}
