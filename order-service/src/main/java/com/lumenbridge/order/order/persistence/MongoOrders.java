package com.lumenbridge.order.order.persistence;

import com.lumenbridge.order.common.Mongo;
import com.lumenbridge.order.common.Page;
import com.lumenbridge.order.common.PageRequest;
import com.lumenbridge.order.order.domain.Address;
import com.lumenbridge.order.order.domain.Customer;
import com.lumenbridge.order.order.domain.Fulfillment;
import com.lumenbridge.order.order.domain.FulfillmentType;
import com.lumenbridge.order.order.domain.Money;
import com.lumenbridge.order.order.domain.Order;
import com.lumenbridge.order.order.domain.OrderLine;
import com.lumenbridge.order.order.domain.OrderStatus;
import com.lumenbridge.order.order.domain.ShortLine;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Orders, one document each, with the events of each change in the same document's outbox. A
 * change is one update guarded by the status it was decided on, so two concurrent changes of one
 * order never both apply. {@code identityKeys} (CRM keys of the customer's email and phone) let an
 * erasure find the orders to mask without the event carrying the address.
 */
public class MongoOrders {

    public static final String COLLECTION = "orders";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    public MongoOrders(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        collection.createIndex(Indexes.ascending("tenantId", "placedAt"));
        collection.createIndex(Indexes.ascending("fulfillerId", "placedAt"));
        collection.createIndex(Indexes.ascending("manufacturerId", "placedAt"));
        collection.createIndex(Indexes.ascending("manufacturerId", "identityKeys"));
    }

    /** Inserts a new order with its events; false if an order with that id exists already. */
    public boolean insert(Order order, List<String> identityKeys, List<? extends IntegrationEvent> events) {
        Document doc = toDocument(order).append("identityKeys", identityKeys).append("customerErased", false)
            .append(Outbox.FIELD, outbox.entries(order.storefrontId(), events));
        try {
            collection.insertOne(doc);
        } catch (RuntimeException e) {
            if (Mongo.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
        outbox.written(COLLECTION, order.id());
        return true;
    }

    public Optional<Order> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoOrders::toOrder);
    }

    /** Applies {@code next} and its events if the order is still in {@code from}'s status. */
    public boolean transition(Order from, Order next, List<? extends IntegrationEvent> events) {
        long matched = collection.updateOne(
            Filters.and(Filters.eq("_id", next.id()), Filters.eq("status", from.status().name())),
            Updates.combine(
                Updates.set("status", next.status().name()),
                Updates.set("statusReason", next.statusReason()),
                Updates.set("shortLines", shortLines(next.shortLines())),
                Updates.set("locationId", next.locationId()),
                Updates.set("fulfillerId", next.fulfillerId()),
                Updates.set("holdExpiresAt", date(next.holdExpiresAt())),
                Updates.set("updatedAt", date(next.updatedAt())),
                outbox.push(next.storefrontId(), events))).getMatchedCount();
        if (matched == 1) {
            outbox.written(COLLECTION, next.id());
        }
        return matched == 1;
    }

    /** Orders whose {@code field} (tenantId, fulfillerId or manufacturerId) is {@code tenantId}, newest first. */
    public Page<Order> list(String field, String tenantId, OrderStatus status, PageRequest page) {
        Bson scope = Filters.eq(field, tenantId);
        Bson filter = status == null ? scope : Filters.and(scope, Filters.eq("status", status.name()));
        List<Order> items = new ArrayList<>();
        collection.find(filter).sort(Sorts.descending("placedAt", "_id")).skip(page.offset()).limit(page.size())
            .forEach(d -> items.add(toOrder(d)));
        return new Page<>(items, collection.countDocuments(filter), page.page(), page.size());
    }

    /** Masks the customer of every order of {@code manufacturerId} whose customer carries one of {@code keys}. */
    public long maskCustomers(String manufacturerId, List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Customer masked = new Customer("x", null, "x", false, null).masked();
        return collection.updateMany(
            Filters.and(Filters.eq("manufacturerId", manufacturerId), Filters.in("identityKeys", keys)),
            Updates.combine(Updates.set("customer", customer(masked)), Updates.set("identityKeys", List.of()),
                Updates.set("customerErased", true))).getModifiedCount();
    }

    public long count() {
        return collection.countDocuments();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static List<Document> shortLines(List<ShortLine> shorts) {
        return shorts.stream().map(s -> new Document("sku", s.sku()).append("requested", s.requested())
            .append("available", s.available())).toList();
    }

    private static Document money(Money m) {
        return new Document("amountMinor", m.amountMinor()).append("currency", m.currency());
    }

    private static Money money(Document d) {
        return new Money(((Number) d.get("amountMinor")).longValue(), d.getString("currency"));
    }

    private static Document customer(Customer c) {
        return new Document("email", c.email()).append("phone", c.phone()).append("name", c.name())
            .append("marketingConsent", c.marketingConsent()).append("analyticsConsent", c.analyticsConsent());
    }

    static Document toDocument(Order o) {
        Fulfillment f = o.fulfillment();
        Document fulfillment = new Document("type", f.type().name()).append("storeId", f.storeId());
        if (f.address() != null) {
            Address a = f.address();
            fulfillment.append("address", new Document("line1", a.line1()).append("line2", a.line2())
                .append("city", a.city()).append("postalCode", a.postalCode()).append("country", a.country()));
        }
        return new Document("_id", o.id())
            .append("tenantId", o.storefrontId())
            .append("manufacturerId", o.manufacturerId())
            .append("fulfillment", fulfillment)
            .append("lines", o.lines().stream().map(l -> new Document("sku", l.sku()).append("quantity", l.quantity())
                .append("unitPrice", money(l.unitPrice()))).toList())
            .append("total", money(o.total()))
            .append("customer", customer(o.customer()))
            .append("status", o.status().name())
            .append("statusReason", o.statusReason())
            .append("shortLines", shortLines(o.shortLines()))
            .append("locationId", o.locationId())
            .append("fulfillerId", o.fulfillerId())
            .append("holdExpiresAt", date(o.holdExpiresAt()))
            .append("placedAt", date(o.placedAt()))
            .append("updatedAt", date(o.updatedAt()));
    }

    static Order toOrder(Document d) {
        Document f = d.get("fulfillment", Document.class);
        Document a = f.get("address", Document.class);
        Address address = a == null ? null : new Address(a.getString("line1"), a.getString("line2"), a.getString("city"),
            a.getString("postalCode"), a.getString("country"));
        Document c = d.get("customer", Document.class);
        Date expires = d.getDate("holdExpiresAt");
        Date updated = d.getDate("updatedAt");
        return new Order(d.getString("_id"), d.getString("tenantId"), d.getString("manufacturerId"),
            new Fulfillment(FulfillmentType.valueOf(f.getString("type")), f.getString("storeId"), address),
            d.getList("lines", Document.class).stream().map(l -> new OrderLine(l.getString("sku"), l.getInteger("quantity"),
                money(l.get("unitPrice", Document.class)))).toList(),
            money(d.get("total", Document.class)),
            new Customer(c.getString("email"), c.getString("phone"), c.getString("name"),
                Boolean.TRUE.equals(c.getBoolean("marketingConsent")), c.getBoolean("analyticsConsent")),
            OrderStatus.valueOf(d.getString("status")), d.getString("statusReason"),
            d.getList("shortLines", Document.class, List.of()).stream()
                .map(s -> new ShortLine(s.getString("sku"), s.getInteger("requested"), s.getInteger("available"))).toList(),
            d.getString("locationId"), d.getString("fulfillerId"), expires == null ? null : expires.toInstant(),
            d.getDate("placedAt").toInstant(), updated == null ? null : updated.toInstant());
    }
}
