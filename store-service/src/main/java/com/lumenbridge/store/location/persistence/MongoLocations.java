package com.lumenbridge.store.location.persistence;

import com.lumenbridge.store.common.Page;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.location.domain.Address;
import com.lumenbridge.store.location.domain.GeoPoint;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import com.lumenbridge.platform.cache.RecentReads;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Stores and warehouses, always read scoped by owner except for the locator's public view. A closed
 * location keeps its document (events and audit trails still name it) with {@code closedAt} set, and
 * every read but {@link #findAny} passes it over, so it answers like an unknown id.
 *
 * <p>{@link #find} answers every reservation and every storefront's store check, so it is remembered
 * for a moment ({@link RecentReads}); each write here forgets its location.
 */
public class MongoLocations {

    public static final String COLLECTION = "locations";
    private static final Bson OPEN = Filters.eq("closedAt", null);

    private final MongoCollection<Document> collection;
    private final RecentReads<String, Location> recent = new RecentReads<>(10_000);

    public MongoLocations(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("tenantId", "_id"));
        collection.createIndex(Indexes.ascending("type", "lat", "lng"));
    }

    public void insert(Location location) {
        collection.insertOne(toDocument(location));
        recent.forget(location.id());
    }

    /** An open location by id, whoever owns it. */
    public Optional<Location> find(String id) {
        return recent.get(id, this::read);
    }

    private Optional<Location> read(String id) {
        return Optional.ofNullable(collection.find(Filters.and(Filters.eq("_id", id), OPEN)).first()).map(MongoLocations::toLocation);
    }

    /** A location by id, open or closed: for finishing work that began before it closed. */
    public Optional<Location> findAny(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoLocations::toLocation);
    }

    /** Replaces an open location of its owner with {@code revised}; false when there is none. */
    public boolean replace(Location revised) {
        boolean replaced = collection.replaceOne(Filters.and(Filters.eq("_id", revised.id()), Filters.eq("tenantId", revised.tenantId()), OPEN),
            toDocument(revised)).getMatchedCount() == 1;
        recent.forget(revised.id());
        return replaced;
    }

    /** Marks an open location of {@code tenantId} closed; false when there is none. */
    public boolean close(String tenantId, String id, Instant at) {
        boolean closed = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("tenantId", tenantId), OPEN),
            Updates.set("closedAt", Date.from(at))).getMatchedCount() == 1;
        recent.forget(id);
        return closed;
    }

    /** Takes a closing back when something still needed the location. */
    public void reopen(String tenantId, String id) {
        collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("tenantId", tenantId)),
            Updates.unset("closedAt"));
        recent.forget(id);
    }

    /** The location if {@code tenantId} owns it; a foreign id looks exactly like an unknown one. */
    public Optional<Location> findOwned(String tenantId, String id) {
        return Optional.ofNullable(collection.find(Filters.and(Filters.eq("_id", id), Filters.eq("tenantId", tenantId), OPEN)).first())
            .map(MongoLocations::toLocation);
    }

    public Page<Location> listOwned(String tenantId, PageRequest page) {
        Bson filter = Filters.and(Filters.eq("tenantId", tenantId), OPEN);
        List<Location> items = new ArrayList<>();
        collection.find(filter).sort(Sorts.ascending("createdAt", "_id")).skip(page.offset()).limit(page.size())
            .forEach(d -> items.add(toLocation(d)));
        return new Page<>(items, collection.countDocuments(filter), page.page(), page.size());
    }

    /**
     * Stores inside {@code box}, optionally only those of {@code ownerTenantId} or only those carrying one of
     * {@code manufacturers}: the candidates the locator then measures exactly.
     */
    public List<Location> storesIn(GeoPoint.Box box, String ownerTenantId, Set<String> manufacturers) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("type", LocationType.STORE.name()), OPEN,
            Filters.gte("lat", box.minLat()), Filters.lte("lat", box.maxLat()),
            Filters.gte("lng", box.minLng()), Filters.lte("lng", box.maxLng())));
        if (ownerTenantId != null) {
            filters.add(Filters.eq("tenantId", ownerTenantId));
        }
        if (manufacturers != null) {
            filters.add(Filters.in("manufacturers", manufacturers));
        }
        List<Location> found = new ArrayList<>();
        collection.find(Filters.and(filters)).forEach(d -> found.add(toLocation(d)));
        return found;
    }

    /** Warehouses of {@code manufacturerId}, in id order so the choice between them is deterministic. */
    public List<Location> warehousesOf(String manufacturerId) {
        List<Location> found = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("type", LocationType.WAREHOUSE.name()), Filters.eq("tenantId", manufacturerId), OPEN))
            .sort(Sorts.ascending("_id")).forEach(d -> found.add(toLocation(d)));
        return found;
    }

    static Document toDocument(Location l) {
        Document hours = new Document();
        l.hours().days().forEach((day, intervals) -> hours.append(day.name(), intervals.stream()
            .map(i -> new Document("opens", i.opens().toString()).append("closes", i.closes().toString())).toList()));
        Address a = l.address();
        return new Document("_id", l.id())
            .append("tenantId", l.tenantId())
            .append("type", l.type().name())
            .append("name", l.name())
            .append("address", new Document("line1", a.line1()).append("line2", a.line2()).append("city", a.city())
                .append("postalCode", a.postalCode()).append("country", a.country()))
            .append("lat", l.point().lat())
            .append("lng", l.point().lng())
            .append("timeZone", l.hours().zone().getId())
            .append("openingHours", hours)
            .append("services", l.services().stream().map(Enum::name).sorted().toList())
            .append("manufacturers", l.manufacturers())
            .append("slotMinutes", l.slotMinutes())
            .append("capacity", l.capacity())
            .append("createdAt", Date.from(l.createdAt()));
    }

    static Location toLocation(Document d) {
        Document a = d.get("address", Document.class);
        Map<DayOfWeek, List<OpeningHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
        Document hours = d.get("openingHours", Document.class);
        for (String day : hours.keySet()) {
            days.put(DayOfWeek.valueOf(day), hours.getList(day, Document.class).stream()
                .map(i -> new OpeningHours.Interval(LocalTime.parse(i.getString("opens")), LocalTime.parse(i.getString("closes"))))
                .toList());
        }
        Set<Offering> services = EnumSet.noneOf(Offering.class);
        d.getList("services", String.class).forEach(s -> services.add(Offering.valueOf(s)));
        return new Location(d.getString("_id"), d.getString("tenantId"), LocationType.valueOf(d.getString("type")),
            d.getString("name"),
            new Address(a.getString("line1"), a.getString("line2"), a.getString("city"), a.getString("postalCode"),
                a.getString("country")),
            new GeoPoint(d.getDouble("lat"), d.getDouble("lng")),
            new OpeningHours(ZoneId.of(d.getString("timeZone")), days), services,
            d.getList("manufacturers", String.class), d.getInteger("slotMinutes"), d.getInteger("capacity"),
            d.getDate("createdAt").toInstant());
    }
}
