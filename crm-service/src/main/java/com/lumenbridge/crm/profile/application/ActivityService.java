package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.Consent;
import com.lumenbridge.crm.profile.domain.Contact;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.ProductFacts;
import com.lumenbridge.crm.profile.domain.Profile;
import com.lumenbridge.crm.profile.domain.Purpose;
import com.lumenbridge.crm.profile.domain.PurchaseLine;
import com.lumenbridge.platform.events.order.Customer;
import com.lumenbridge.platform.events.order.OrderLine;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.events.store.AppointmentBooked;
import com.lumenbridge.platform.events.store.OfflineSaleRecorded;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.platform.events.store.VisitRecorded;
import com.lumenbridge.platform.events.store.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns order and store activity into profile changes. A store activity naming several manufacturers
 * touches each one's profile of the person; an order touches its manufacturer's. Activity without an
 * identifiable person (no consent to be recorded, no valid email or phone) changes nothing.
 */
public class ActivityService {

    static final String CHECKOUT = "CHECKOUT";
    static final String STORE = "STORE";

    private final ProfileService profiles;
    private final Links links;
    private final ProductFactsSource products;
    private final CrmMetrics metrics;
    private final Clock clock;

    public ActivityService(ProfileService profiles, Links links, ProductFactsSource products, CrmMetrics metrics,
            Clock clock) {
        this.profiles = profiles;
        this.links = links;
        this.products = products;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void orderPlaced(OrderPlaced order, Instant publishedAt) {
        Planned planned = orderTouch(order);
        if (planned == null) {
            done("OrderPlaced", "unidentified", publishedAt);
            return;
        }
        ProfileService.Touch touch = planned.touch();
        ProfileService.Applied applied = profiles.touch(touch.tenantId(), touch.contact(), touch.reason(), touch.change());
        links.link(orderKey(order.orderId()), order.manufacturerId(), applied.profileId());
        awaitUnknown(planned, applied.profileId());
        done("OrderPlaced", applied.changed() ? "applied" : "unchanged", publishedAt);
    }

    /** One poll's OrderPlaced events: their profiles in one batch of writes, their links in one more. */
    public void ordersPlaced(List<OrderPlaced> orders, List<Instant> publishedAt) {
        List<Planned> planned = new ArrayList<>();
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            Planned touch = orderTouch(orders.get(i));
            if (touch != null) {
                planned.add(touch);
                touched.add(i);
            }
        }
        List<ProfileService.Applied> applied = profiles.touchAll(planned.stream().map(Planned::touch).toList());
        List<Links.Link> newLinks = new ArrayList<>();
        for (int t = 0; t < touched.size(); t++) {
            OrderPlaced order = orders.get(touched.get(t));
            newLinks.add(new Links.Link(orderKey(order.orderId()), order.manufacturerId(), applied.get(t).profileId()));
        }
        links.linkAll(newLinks);
        for (int t = 0; t < planned.size(); t++) {
            awaitUnknown(planned.get(t), applied.get(t).profileId());
        }
        for (int i = 0, t = 0; i < orders.size(); i++) {
            boolean identified = t < touched.size() && touched.get(t) == i;
            done("OrderPlaced", !identified ? "unidentified" : applied.get(t++).changed() ? "applied" : "unchanged",
                publishedAt.get(i));
        }
    }

    /** A touch and the SKUs of its lines the product projection did not know. */
    private record Planned(ProfileService.Touch touch, List<String> unknownSkus) {
    }

    private Planned orderTouch(OrderPlaced order) {
        Customer customer = order.customer();
        Contact contact = customer == null ? null : Contact.of(customer.email(), customer.phone(), customer.name());
        if (contact == null || !contact.identifies()) {
            return null;
        }
        Map<String, ProductFacts> facts = products.find(order.manufacturerId(),
            order.lines().stream().map(OrderLine::sku).toList());
        List<PurchaseLine> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            ProductFacts f = facts.get(line.sku());
            Long price = line.unitPrice() != null ? Long.valueOf(line.unitPrice().amountMinor())
                : f == null ? null : f.listPriceMinor();
            lines.add(line(line.sku(), line.quantity(), price, f));
        }
        History.OrderEntry entry = new History.OrderEntry(order.orderId(), order.fulfillment().name(), order.storeId(),
            History.OrderStatus.PENDING, order.total() == null ? 0 : order.total().amountMinor(),
            order.total() == null ? null : order.total().currency(), lines, order.placedAt(), order.placedAt());
        return new Planned(new ProfileService.Touch(order.manufacturerId(), contact, "order " + order.orderId(), p -> {
            p.consent(Purpose.MARKETING, new Consent(customer.marketingConsent(), CHECKOUT, order.placedAt()));
            if (customer.analyticsConsent() != null) {
                p.consent(Purpose.ANALYTICS, new Consent(customer.analyticsConsent(), CHECKOUT, order.placedAt()));
            }
            p.recordOrder(entry);
        }), unknown(lines));
    }

    private static List<String> unknown(List<PurchaseLine> lines) {
        return lines.stream().filter(l -> l.category() == null).map(PurchaseLine::sku).distinct().toList();
    }

    /**
     * Notes the profile as waiting for the SKUs its lines did not find in the projection, so the
     * product's arrival fills them in ({@link #productsChanged}); then looks again, since the product
     * may have arrived while this touch was written and its handler found no note.
     */
    private void awaitUnknown(Planned planned, String profileId) {
        if (planned.unknownSkus().isEmpty()) {
            return;
        }
        String tenantId = planned.touch().tenantId();
        products.awaiting(tenantId, planned.unknownSkus(), profileId);
        Map<String, ProductFacts> arrived = products.find(tenantId, planned.unknownSkus());
        if (!arrived.isEmpty()) {
            profiles.update(profileId, p -> arrived.values().forEach(p::productKnown));
        }
    }

    /**
     * Product events, a poll's worth at once: the projection keeps the newest snapshot of each, and
     * profiles that recorded lines of a SKU before the CRM knew it get its category, segment, CCT and
     * (if they had none) price. One read of the versions held, one bulk write and one read of the
     * awaiting profiles per tenant, however many events: an import sends tens of thousands.
     */
    public void productsChanged(List<ProductFactsSource.Versioned> changed) {
        products.putAll(changed);
        Map<String, Map<String, ProductFacts>> byTenant = new LinkedHashMap<>();
        changed.forEach(c -> byTenant.computeIfAbsent(c.tenantId(), t -> new LinkedHashMap<>()).put(c.facts().sku(), c.facts()));
        byTenant.forEach((tenantId, facts) -> products.awaitedBy(tenantId, facts.keySet()).forEach((sku, waiting) -> {
            ProductFacts newest = products.find(tenantId, List.of(sku)).getOrDefault(sku, facts.get(sku));
            waiting.forEach(id -> profiles.update(id, p -> p.productKnown(newest)));
            products.delivered(tenantId, sku, waiting);
        }));
    }

    public void orderStatus(String eventType, String manufacturerId, String orderId, History.OrderStatus status,
            Instant at, Instant publishedAt) {
        String profileId = links.find(orderKey(orderId)).get(manufacturerId);
        if (profileId == null) {
            done(eventType, "unlinked", publishedAt);
            return;
        }
        boolean changed = profiles.update(profileId, p -> p.orderStatus(orderId, status, at)).isPresent();
        done(eventType, changed ? "applied" : "unchanged", publishedAt);
    }

    public void appointmentBooked(AppointmentBooked booked, Instant publishedAt) {
        Contact contact = contact(booked.visitor());
        if (contact == null) {
            done("AppointmentBooked", "unidentified", publishedAt);
            return;
        }
        History.AppointmentEntry entry = new History.AppointmentEntry(booked.appointmentId(), booked.storeId(),
            booked.service(), booked.slotStart(), History.AppointmentStatus.BOOKED, booked.slotStart());
        for (String manufacturerId : booked.manufacturerIds()) {
            ProfileService.Applied applied = profiles.touch(manufacturerId, contact,
                "appointment " + booked.appointmentId(), p -> {
                    consents(p, booked.visitor(), booked.slotStart());
                    p.recordAppointment(entry);
                });
            links.link(appointmentKey(booked.appointmentId()), manufacturerId, applied.profileId());
        }
        done("AppointmentBooked", "applied", publishedAt);
    }

    public void appointmentStatus(String eventType, String appointmentId, History.AppointmentStatus status, Instant at,
            Instant publishedAt) {
        Map<String, String> linked = links.find(appointmentKey(appointmentId));
        if (linked.isEmpty()) {
            done(eventType, "unlinked", publishedAt);
            return;
        }
        linked.values().forEach(id -> profiles.update(id, p -> p.appointmentStatus(appointmentId, status, at)));
        done(eventType, "applied", publishedAt);
    }

    public void visit(VisitRecorded visit, Instant publishedAt) {
        Contact contact = contact(visit.visitor());
        if (contact == null) {
            done("VisitRecorded", "unidentified", publishedAt);
            return;
        }
        History.VisitEntry entry = new History.VisitEntry(visit.visitId(), visit.storeId(), visit.visitedAt());
        for (String manufacturerId : visit.manufacturerIds()) {
            profiles.touch(manufacturerId, contact, "visit " + visit.visitId(), p -> {
                consents(p, visit.visitor(), visit.visitedAt());
                p.recordVisit(entry);
            });
        }
        done("VisitRecorded", "applied", publishedAt);
    }

    public void offlineSale(OfflineSaleRecorded sale, Instant publishedAt) {
        offlineSales(List.of(sale), Collections.singletonList(publishedAt));
    }

    /** One poll's offline sales: every manufacturer's profile of every buyer in one batch of writes. */
    public void offlineSales(List<OfflineSaleRecorded> sales, List<Instant> publishedAt) {
        List<Planned> planned = new ArrayList<>();
        for (OfflineSaleRecorded sale : sales) {
            planned.addAll(saleTouches(sale));
        }
        List<ProfileService.Applied> applied;
        if (planned.size() == 1) {
            ProfileService.Touch t = planned.get(0).touch();
            applied = List.of(profiles.touch(t.tenantId(), t.contact(), t.reason(), t.change()));
        } else {
            applied = profiles.touchAll(planned.stream().map(Planned::touch).toList());
        }
        for (int t = 0; t < planned.size(); t++) {
            awaitUnknown(planned.get(t), applied.get(t).profileId());
        }
        for (int i = 0; i < sales.size(); i++) {
            done("OfflineSaleRecorded", contact(sales.get(i).customer()) == null ? "unidentified" : "applied",
                publishedAt.get(i));
        }
    }

    private List<Planned> saleTouches(OfflineSaleRecorded sale) {
        Contact contact = contact(sale.customer());
        if (contact == null) {
            return List.of();
        }
        List<Planned> touches = new ArrayList<>();
        for (String manufacturerId : sale.manufacturerIds()) {
            Map<String, ProductFacts> facts = products.find(manufacturerId,
                sale.lines().stream().map(StockLine::sku).toList());
            List<PurchaseLine> lines = new ArrayList<>();
            for (StockLine line : sale.lines()) {
                ProductFacts f = facts.get(line.sku());
                // a sale line of several manufacturers' SKUs: each profile keeps only its own products
                if (f != null || sale.manufacturerIds().size() == 1) {
                    lines.add(line(line.sku(), line.quantity(), f == null ? null : f.listPriceMinor(), f));
                }
            }
            History.SaleEntry entry = new History.SaleEntry(sale.saleId(), sale.storeId(), lines, sale.soldAt());
            touches.add(new Planned(new ProfileService.Touch(manufacturerId, contact, "sale " + sale.saleId(), p -> {
                consents(p, sale.customer(), sale.soldAt());
                p.recordSale(entry);
            }), unknown(lines)));
        }
        return touches;
    }

    private static PurchaseLine line(String sku, int quantity, Long price, ProductFacts facts) {
        return new PurchaseLine(sku, quantity, price, facts == null ? null : facts.category(),
            facts == null ? null : facts.segment(), facts == null ? null : facts.cctKelvin());
    }

    private static Contact contact(Visitor visitor) {
        if (visitor == null) {
            return null;
        }
        Contact contact = Contact.of(visitor.email(), visitor.phone(), visitor.name());
        return contact.identifies() ? contact : null;
    }

    private static void consents(Profile p, Visitor visitor, Instant at) {
        p.consent(Purpose.MARKETING, new Consent(visitor.marketingConsent(), STORE, at));
        p.consent(Purpose.ANALYTICS, new Consent(visitor.analyticsConsent(), STORE, at));
    }

    private void done(String type, String outcome, Instant publishedAt) {
        metrics.processed(type, outcome);
        if (publishedAt != null) {
            metrics.delay(Duration.between(publishedAt, clock.instant()));
        }
    }

    static String orderKey(String orderId) {
        return "order:" + orderId;
    }

    static String appointmentKey(String appointmentId) {
        return "appointment:" + appointmentId;
    }
}
