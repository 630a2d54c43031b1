package com.lumenbridge.store.appointment.persistence;

import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.appointment.domain.Appointment;
import com.lumenbridge.store.appointment.domain.AppointmentStatus;
import com.lumenbridge.store.common.Mongo;
import com.lumenbridge.store.common.Page;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.visitor.persistence.VisitorDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Appointment documents; each status change and its event are one conditional update of one document. */
public class Appointments {

    public static final String COLLECTION = "appointments";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    public Appointments(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        collection.createIndex(Indexes.ascending("storeId", "slotStart"));
        collection.createIndex(Indexes.ascending("storeId", "status", "slotEnd"));
    }

    /** Writes a new appointment with its events; false when one with its id exists already (a retried booking). */
    public boolean insert(Appointment a, List<? extends IntegrationEvent> events) {
        try {
            collection.insertOne(toDocument(a).append(Outbox.FIELD, outbox.entries(a.dealerId(), events)));
        } catch (RuntimeException e) {
            if (Mongo.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
        outbox.written(COLLECTION, a.id());
        return true;
    }

    /** The appointment if it belongs to {@code storeId}; another store's id looks like an unknown one. */
    public Optional<Appointment> find(String storeId, String id) {
        return Optional.ofNullable(collection.find(Filters.and(Filters.eq("_id", id), Filters.eq("storeId", storeId))).first())
            .map(Appointments::toAppointment);
    }

    /** Moves the appointment to {@code next} with its events if it is still {@code from}. */
    public boolean transition(AppointmentStatus from, Appointment next, List<? extends IntegrationEvent> events) {
        long matched = collection.updateOne(Filters.and(Filters.eq("_id", next.id()), Filters.eq("status", from.name())),
            Updates.combine(Updates.set("status", next.status().name()), Updates.set("changedAt", Date.from(next.changedAt())),
                outbox.push(next.dealerId(), events))).getMatchedCount();
        if (matched == 1) {
            outbox.written(COLLECTION, next.id());
        }
        return matched == 1;
    }

    /** The store's appointments whose slot starts in {@code [from, to)}, optionally of one status, by slot then id. */
    public Page<Appointment> between(String storeId, Instant from, Instant to, AppointmentStatus status, PageRequest page) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("storeId", storeId),
            Filters.gte("slotStart", Date.from(from)), Filters.lt("slotStart", Date.from(to))));
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        Bson filter = Filters.and(filters);
        List<Appointment> items = new ArrayList<>();
        collection.find(filter).projection(Projections.exclude(Outbox.FIELD)).sort(Sorts.ascending("slotStart", "_id"))
            .skip(page.offset()).limit(page.size()).forEach(d -> items.add(toAppointment(d)));
        return new Page<>(items, collection.countDocuments(filter), page.page(), page.size());
    }

    /** Whether the store has a booked appointment whose slot has not ended by {@code now}. */
    public boolean hasUpcoming(String storeId, Instant now) {
        return collection.find(Filters.and(Filters.eq("storeId", storeId), Filters.eq("status", AppointmentStatus.BOOKED.name()),
            Filters.gt("slotEnd", Date.from(now)))).projection(Projections.include("_id")).first() != null;
    }

    /** The status of each of {@code ids} that exists. */
    public Map<String, AppointmentStatus> statuses(Collection<String> ids) {
        Map<String, AppointmentStatus> found = new HashMap<>();
        collection.find(Filters.in("_id", ids)).projection(Projections.include("status"))
            .forEach(d -> found.put(d.getString("_id"), AppointmentStatus.valueOf(d.getString("status"))));
        return found;
    }

    static Document toDocument(Appointment a) {
        return new Document("_id", a.id())
            .append("tenantId", a.dealerId())
            .append("storeId", a.storeId())
            .append("service", a.service().name())
            .append("slotKey", SlotPlaces.key(a.storeId(), a.service().name(), a.slotStart()))
            .append("slotStart", Date.from(a.slotStart()))
            .append("slotEnd", Date.from(a.slotEnd()))
            .append("visitor", VisitorDocuments.toDocument(a.visitor()))
            .append("products", a.products())
            .append("status", a.status().name())
            .append("bookedAt", Date.from(a.bookedAt()))
            .append("changedAt", Date.from(a.changedAt()));
    }

    static Appointment toAppointment(Document d) {
        return new Appointment(d.getString("_id"), d.getString("storeId"), d.getString("tenantId"),
            Offering.valueOf(d.getString("service")), d.getDate("slotStart").toInstant(), d.getDate("slotEnd").toInstant(),
            VisitorDocuments.toVisitor(d.get("visitor", Document.class)), d.getList("products", String.class),
            AppointmentStatus.valueOf(d.getString("status")), d.getDate("bookedAt").toInstant(),
            d.getDate("changedAt").toInstant());
    }
}
