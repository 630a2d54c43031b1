package com.lumenbridge.order.order.messaging;

import com.lumenbridge.order.order.application.OrderService;
import com.lumenbridge.order.order.domain.ShortLine;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.store.InventoryRejected;
import com.lumenbridge.platform.events.store.InventoryReserved;
import com.lumenbridge.platform.events.store.ReservationExpired;
import com.lumenbridge.platform.messaging.EventHandler;

/**
 * store-service's answers on {@code store.inventory.v1} that move an order: reserved → CONFIRMED,
 * rejected → REJECTED, hold expired → EXPIRED. ReservationReleased and ReservationCommitted are the
 * store's consequences of order-service's own events and change no order. Each handler is
 * idempotent on the order's status (a redelivered answer finds the order moved on and changes
 * nothing), so none records the event ids it handled: that record cost two Mongo round trips per event.
 */
public final class StoreEventHandlers {

    private StoreEventHandlers() {
    }

    public static final class Reserved implements EventHandler<InventoryReserved> {
        private final OrderService orders;

        public Reserved(OrderService orders) {
            this.orders = orders;
        }

        @Override
        public Class<InventoryReserved> eventClass() {
            return InventoryReserved.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<InventoryReserved> event) {
            InventoryReserved r = event.data();
            orders.reserved(r.orderId(), r.locationId(), r.locationTenantId(), r.holdExpiresAt());
        }
    }

    public static final class Rejected implements EventHandler<InventoryRejected> {
        private final OrderService orders;

        public Rejected(OrderService orders) {
            this.orders = orders;
        }

        @Override
        public Class<InventoryRejected> eventClass() {
            return InventoryRejected.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<InventoryRejected> event) {
            InventoryRejected r = event.data();
            orders.rejected(r.orderId(), r.reason(),
                r.shortLines().stream().map(s -> new ShortLine(s.sku(), s.requested(), s.available())).toList());
        }
    }

    public static final class Expired implements EventHandler<ReservationExpired> {
        private final OrderService orders;

        public Expired(OrderService orders) {
            this.orders = orders;
        }

        @Override
        public Class<ReservationExpired> eventClass() {
            return ReservationExpired.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<ReservationExpired> event) {
            orders.expired(event.data().orderId());
        }
    }
}
