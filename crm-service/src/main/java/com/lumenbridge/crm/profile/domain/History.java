package com.lumenbridge.crm.profile.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * Every touch the CRM learned about a person, keyed by its business id (order, appointment, visit,
 * sale, legacy record). Keyed entries make handling idempotent (a redelivered event writes the same
 * entry) and merging a plain union; every derived field is recomputed from this history.
 */
public record History(
    Map<String, OrderEntry> orders,
    Map<String, AppointmentEntry> appointments,
    Map<String, VisitEntry> visits,
    Map<String, SaleEntry> sales,
    Map<String, LegacyEntry> legacy) {

    public static final History EMPTY = new History(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public History {
        orders = orders == null ? Map.of() : Map.copyOf(orders);
        appointments = appointments == null ? Map.of() : Map.copyOf(appointments);
        visits = visits == null ? Map.of() : Map.copyOf(visits);
        sales = sales == null ? Map.of() : Map.copyOf(sales);
        legacy = legacy == null ? Map.of() : Map.copyOf(legacy);
    }

    /** Order statuses as order-service names them. */
    public enum OrderStatus {
        PENDING, CONFIRMED, REJECTED, READY_FOR_PICKUP, COMPLETED, CLOSED_NO_SALE, CANCELLED, EXPIRED;

        public boolean isFinal() {
            return this == REJECTED || this == COMPLETED || this == CLOSED_NO_SALE || this == CANCELLED || this == EXPIRED;
        }
    }

    /** Appointment statuses as store-service names them. */
    public enum AppointmentStatus {
        BOOKED, ATTENDED, CANCELLED, NO_SHOW
    }

    /** An online order; {@code storeId} is the pickup or try-out store, {@code null} for DELIVERY. */
    public record OrderEntry(String orderId, String fulfillment, String storeId, OrderStatus status, long totalMinor,
            String currency, List<PurchaseLine> lines, Instant placedAt, Instant updatedAt) {

        public OrderEntry {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(fulfillment, "fulfillment");
            Objects.requireNonNull(status, "status");
            lines = List.copyOf(lines);
        }

        /**
         * A purchase: picked-up and tried orders count once COMPLETED at the counter; a DELIVERY
         * counts once CONFIRMED, because it has no counter step and leaves the warehouse then.
         */
        public boolean isPurchase() {
            if ("DELIVERY".equals(fulfillment)) {
                return status == OrderStatus.CONFIRMED || status == OrderStatus.READY_FOR_PICKUP
                    || status == OrderStatus.COMPLETED;
            }
            return status == OrderStatus.COMPLETED;
        }

        public boolean isInStore() {
            return storeId != null && !"DELIVERY".equals(fulfillment);
        }

        OrderEntry withStatus(OrderStatus next, Instant at) {
            if (status.isFinal() || (at != null && updatedAt != null && at.isBefore(updatedAt))) {
                return this;
            }
            return new OrderEntry(orderId, fulfillment, storeId, next, totalMinor, currency, lines, placedAt, at);
        }
    }

    public record AppointmentEntry(String appointmentId, String storeId, String service, Instant slotStart,
            AppointmentStatus status, Instant updatedAt) {

        public AppointmentEntry {
            Objects.requireNonNull(appointmentId, "appointmentId");
            Objects.requireNonNull(storeId, "storeId");
            Objects.requireNonNull(status, "status");
        }
    }

    public record VisitEntry(String visitId, String storeId, Instant visitedAt) {
    }

    public record SaleEntry(String saleId, String storeId, List<PurchaseLine> lines, Instant soldAt) {

        public SaleEntry {
            lines = List.copyOf(lines);
        }
    }

    /** What a legacy CRM row said about the person beyond identity and consent. */
    public record LegacyEntry(String key, String legacyId, boolean tradeAccount, Instant customerSince) {
    }

    History withOrder(OrderEntry entry) {
        return new History(put(orders, entry.orderId(), entry), appointments, visits, sales, legacy);
    }

    History withAppointment(AppointmentEntry entry) {
        return new History(orders, put(appointments, entry.appointmentId(), entry), visits, sales, legacy);
    }

    History withVisit(VisitEntry entry) {
        return new History(orders, appointments, put(visits, entry.visitId(), entry), sales, legacy);
    }

    History withSale(SaleEntry entry) {
        return new History(orders, appointments, visits, put(sales, entry.saleId(), entry), legacy);
    }

    History withLegacy(LegacyEntry entry) {
        return new History(orders, appointments, visits, sales, put(legacy, entry.key(), entry));
    }

    /** Both histories as one; where both hold an entry, the one updated later wins. */
    History union(History other) {
        return new History(
            merge(orders, other.orders, (a, b) -> later(a.updatedAt(), b.updatedAt()) ? b : a),
            merge(appointments, other.appointments, (a, b) -> later(a.updatedAt(), b.updatedAt()) ? b : a),
            merge(visits, other.visits, (a, b) -> a),
            merge(sales, other.sales, (a, b) -> a),
            merge(legacy, other.legacy, (a, b) -> a));
    }

    public boolean isEmpty() {
        return orders.isEmpty() && appointments.isEmpty() && visits.isEmpty() && sales.isEmpty() && legacy.isEmpty();
    }

    private static boolean later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a));
    }

    private static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static <V> Map<String, V> merge(Map<String, V> a, Map<String, V> b, BinaryOperator<V> pick) {
        Map<String, V> merged = new LinkedHashMap<>(a);
        b.forEach((k, v) -> merged.merge(k, v, pick));
        return merged;
    }
}
