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
        Customer customer = order.customer();
        Contact contact = customer == null ? null : Contact.of(customer.email(), customer.phone(), customer.name());
        if (contact == null || !contact.identifies()) {
            done("OrderPlaced", "unidentified", publishedAt);
            return;
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
        ProfileService.Applied applied = profiles.touch(order.manufacturerId(), contact, "order " + order.orderId(), p -> {
            p.consent(Purpose.MARKETING, new Consent(customer.marketingConsent(), CHECKOUT, order.placedAt()));
            if (customer.analyticsConsent() != null) {
                p.consent(Purpose.ANALYTICS, new Consent(customer.analyticsConsent(), CHECKOUT, order.placedAt()));
            }
            p.recordOrder(entry);
        });
        links.link(orderKey(order.orderId()), order.manufacturerId(), applied.profileId());
        done("OrderPlaced", applied.changed() ? "applied" : "unchanged", publishedAt);
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
        Contact contact = contact(sale.customer());
        if (contact == null) {
            done("OfflineSaleRecorded", "unidentified", publishedAt);
            return;
        }
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
            profiles.touch(manufacturerId, contact, "sale " + sale.saleId(), p -> {
                consents(p, sale.customer(), sale.soldAt());
                p.recordSale(entry);
            });
        }
        done("OfflineSaleRecorded", "applied", publishedAt);
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
